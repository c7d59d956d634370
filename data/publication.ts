// When this copy of the site was published (see scripts/publish/publication-date.ts).
import { publicationDate } from "../scripts/publish/publication-date.ts";

export default () => publicationDate(process.cwd());
