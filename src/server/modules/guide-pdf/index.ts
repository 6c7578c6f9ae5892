// Public face of the guide-pdf module: the printable 办事指南 of a published item.
export { guidePdfRoutes } from './guide-pdf.routes.ts';
export { renderGuidePdf } from './guide-pdf.service.ts';
// The platform's PDF setup (CJK font, locked-down pdfmake) for other printable documents.
export { pdfFont } from './guide-pdf.font.ts';
export { renderPdf, PDF_FONT } from './guide-pdf.render.ts';
