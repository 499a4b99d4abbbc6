export { PACK_FORMAT, packSchema, type Pack } from './pack-schema';
export {
  formatPackError,
  formatPackPath,
  MAX_PACK_BYTES,
  parsePack,
  parsePackText,
  type PackError,
  type ParsedPack,
} from './parse';
export { generateSigningKeys, keyIdOf, signPack, verifyPackSignature } from './signature';
