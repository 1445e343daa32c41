// okpay-iconrender: renders the one SVG app icon into what each platform's installer wants, at build time, so no
// bitmap copy of the icon is kept in the repository:
//   okpay-iconrender png SVG SIZE OUT.png      a square PNG (hicolor 16…512)
//   okpay-iconrender ico SVG OUT.ico           Windows icon, 16…256 in one file (PNG-compressed entries)
//   okpay-iconrender icns SVG OUT.icns         macOS icon, 16…1024 (ic04…ic10 PNG entries)
#include <QBuffer>
#include <QSaveFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian(QByteArray &out, quint32 value, int width)
{
    for (int i = 0; i < width; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// ICO with PNG entries (Windows Vista and later): ICONDIR, one ICONDIRENTRY per size, then the PNG data.
QByteArray icoFile(QSvgRenderer &svg)
{
    const int sizes[] = {16, 24, 32, 48, 64, 128, 256};
    const int count = int(std::size(sizes));
    QByteArray header;
    appendLittleEndian(header, 0, 2);
    appendLittleEndian(header, 1, 2);  // type: icon
    appendLittleEndian(header, quint32(count), 2);
    QByteArray images;
    quint32 offset = quint32(6 + 16 * count);
    for (const int size : sizes) {
        const QByteArray png = renderPng(svg, size);
        header.append(char(size == 256 ? 0 : size));  // 0 means 256
        header.append(char(size == 256 ? 0 : size));
        header.append(char(0));  // palette size
        header.append(char(0));  // reserved
        appendLittleEndian(header, 1, 2);   // colour planes
        appendLittleEndian(header, 32, 2);  // bits per pixel
        appendLittleEndian(header, quint32(png.size()), 4);
        appendLittleEndian(header, offset, 4);
        offset += quint32(png.size());
        images += png;
    }
    return header + images;
}

QByteArray icnsFile(QSvgRenderer &svg)
{
    const struct
    {
        const char *type;
        int size;
    } entries[] = {{"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &entry : entries) {
        const QByteArray png = renderPng(svg, entry.size);
        body.append(entry.type, 4);
        appendBigEndian32(body, quint32(8 + png.size()));
        body += png;
    }
    QByteArray file("icns", 4);
    appendBigEndian32(file, quint32(8 + body.size()));
    return file + body;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "okpay-iconrender: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3)
        return fail(QStringLiteral("usage: png SVG SIZE OUT | ico SVG OUT | icns SVG OUT"));
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args.at(1)));

    QByteArray data;
    QString out;
    if (args.at(0) == u"png" && args.size() == 4) {
        bool ok = false;
        const int size = args.at(2).toInt(&ok);
        if (!ok || size < 8 || size > 2048)
            return fail(QStringLiteral("bad size %1").arg(args.at(2)));
        data = renderPng(svg, size);
        out = args.at(3);
    } else if (args.at(0) == u"ico") {
        data = icoFile(svg);
        out = args.at(2);
    } else if (args.at(0) == u"icns") {
        data = icnsFile(svg);
        out = args.at(2);
    } else {
        return fail(QStringLiteral("unknown format %1").arg(args.at(0)));
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    return 0;
}
