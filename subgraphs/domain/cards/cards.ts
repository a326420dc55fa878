// Cards of both agencies (Taspen KPT, BPJS TK KPJ): one import for issuing, verifying and printing.
//
//   const card = await issueCard(em, platform.keys, { agency, number, nik, holderName, issuedAt });
//   card.verificationCode                      // compact JWS; the PDF's QR code holds cardVerifyUrl(base, code)
//   await verifyCard(em, platform.keys, code, 'TASPEN', otherRegistryOf(platform))
//                                              // { valid, agency, cardNumber, holderName (masked), issuedAt }
//   await renderCardPdf({ agency, title, number, holderName, issuedAt, verificationCode, publicBase, details })
//   cardDownloadPath(agency, number)           // '/cards/taspen/KPT-….pdf'
export { AGENCIES, nikHash, signCardCode, verifyCardCode, type CardClaims } from './card-code';
export {
  ensureCard,
  findCards,
  INVALID_CARD,
  issueCard,
  revokeCard,
  verifyCard,
  type CardRecord,
  type CardVerification,
  type IssueCardInput,
  type OtherRegistry,
} from './card-registry';
export { CARD_VERIFY_PATH, mountCardVerifyRoutes, otherRegistryOf } from './card-verify-routes';
export { renderCardPdf, type CardPdfInput } from './card-pdf';
export { cardDownloadPath, cardNumberFromPath, cardVerifyUrl, signCardLink, verifyCardLink, SIGNED_LINK_SECONDS } from './card-links';
