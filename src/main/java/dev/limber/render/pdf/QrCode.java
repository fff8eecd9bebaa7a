package dev.limber.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as a small self-contained SVG: one black path of modules on white. */
final class QrCode {
  private QrCode() {}

  /** The code of {@code text}, with error correction level M and a quiet zone of 2 modules. */
  static String svg(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      2,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder(size * size * 3);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + matrix.getHeight()
        + "\" width=\""
        + size * 3
        + "\" height=\""
        + matrix.getHeight() * 3
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
        + " fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
