/** `{{ page.sourcePath | editUrl(site) }}` → the file on the forge, for « Proposer une correction ». */
export function editUrl(sourcePath: string | undefined, site: { repository: string; branch: string }): string {
  const base = site.repository.replace(/\/+$/, "");
  return sourcePath ? `${base}/edit/${site.branch}/${sourcePath}` : `${base}/tree/${site.branch}/content/territoires`;
}
