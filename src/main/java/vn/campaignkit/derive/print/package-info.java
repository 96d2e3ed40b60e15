/** Print-ready and office-printer PDFs of printables, drawn with PDFBox (the only package that uses it): geometry, fonts, text fitting, vector QR codes, designs, imposition and preflight. */
package vn.campaignkit.derive.print;
