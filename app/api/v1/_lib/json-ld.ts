/** The media type the Web Annotation Protocol names for annotations. */
export const ANNOTATION_MEDIA_TYPE =
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export function jsonLd(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": ANNOTATION_MEDIA_TYPE },
  });
}
