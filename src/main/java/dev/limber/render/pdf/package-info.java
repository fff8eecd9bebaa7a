/**
 * PDF handouts: the handout template of render.html laid out by openhtmltopdf (PDFBox) as a tagged
 * PDF/UA document with an embedded DejaVu Sans, and the QR code to the web app (zxing). Adapter:
 * depends on app, the core and render.html; openhtmltopdf, PDFBox and zxing live only here.
 */
package dev.limber.render.pdf;
