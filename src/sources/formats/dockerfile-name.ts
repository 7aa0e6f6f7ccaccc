/** `Dockerfile`, `Dockerfile.<variant>`, `<variant>.Dockerfile` (any case): read as text for the image it builds on. */
export function isDockerfileName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return /^(?:dockerfile(?:\.[\w.-]+)?|[\w.-]+\.dockerfile)$/i.test(base) && !/\.dockerignore$/i.test(base);
}
