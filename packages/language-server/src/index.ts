export { analyzeDocument, type DocumentAnalysis, type ParseFunction } from './analysis.js';
export { decodeSemanticTokens, encodeSemanticTokens } from './features/semantic-tokens.js';
export {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  SEMANTIC_TOKENS_LEGEND,
  type SemanticTokenModifierInfo,
  type SemanticTokenTypeInfo,
  STANDARD_SEMANTIC_TOKENS_LEGEND,
} from './legend.js';
export {
  type DocumentMentionsParams,
  DocumentMentionsRequest,
  type DocumentMentionsResult,
  ReloadLexiconRequest,
  WorkspaceEntitiesRequest,
  type WorkspaceEntitiesResult,
} from './protocol.js';
export { createServer, type KhabarServer, type ServerOptions } from './server.js';
export { DEFAULT_SETTINGS, type KhabarSettings, readSettings } from './settings.js';
export { startServer } from './start.js';
export type { EntityWithCounts } from './workspace-index.js';
