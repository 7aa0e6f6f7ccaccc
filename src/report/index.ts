export { type Comparison, type ConfigDiff, diffConfigs } from './breakdown-diff.js';
export { breakdownToJson } from './breakdown-json.js';
export { breakdownText } from './breakdown-text.js';
export { FORMAT_NAMES, type FormatName, FORMATS, renderPieces, type RenderOptions } from './formats.js';
export { reachesThreshold } from './gate.js';
export { plural, useColor } from './text.js';
export {
  findingIdentity,
  type FindingIdentity,
  parseFindingMarker,
  resolvedCommentBody,
  reviewCommentBody,
  sameIdentity,
} from './review-comment.js';
export { editConfigText, suggestFix } from './suggestion.js';
export { countsText, type LinkContext } from './markdown.js';
export {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  type CommentInput,
  hasSomethingToSay,
  renderComment,
} from './markdown-comment.js';
export { renderSummary } from './markdown-summary.js';
export { inertLines, visible } from './terminal.js';
export { link, md, type Markdown } from './markdown/index.js';
export { dynamicProperties, setLines, sizeText, sizeToJson, type SizeReport } from './size.js';
export { sideBySide, upgradeText, upgradeToJson, type UpgradeReport } from './upgrade.js';
export { LOG_GROUPS_LIMIT, logGroups, type LogGroup } from './log-groups.js';
export { applicableFix, restyleFixes } from './fix-style.js';
export { markdownToTerminal, nearNames } from './markdown-terminal.js';
