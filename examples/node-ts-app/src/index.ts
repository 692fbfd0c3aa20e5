export { formatDuration } from './duration'
export { slugify } from './slug'
