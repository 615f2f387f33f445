#include "textfilereader.h"

#include "common/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace Rapporteur::Importer {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

// Decodes strictly: any malformed sequence makes the whole decode fail, so that a file in another
// encoding is not silently turned into replacement characters.
std::optional<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeGb18030(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("GB18030", &status),
                                                            &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()),
                                    static_cast<int32_t>(out.size()), bytes.data(),
                                    static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

// Guesses UTF-16 without a BOM: every ASCII character (spaces, line ends, digits) puts a zero
// byte on the same side of its code unit, while the other side stays non-zero. Chinese text has
// few ASCII characters, so the share of zeros can be small; that they sit on one side only is
// what tells.
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096);
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddZeros * 20 > units && evenZeros * 4 < oddZeros)
        return QStringConverter::Utf16LE;
    if (evenZeros * 20 > units && oddZeros * 4 < evenZeros)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QString normaliseLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Control characters other than tab, line ends and form feed do not occur in text.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size();
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return invalid(QStringLiteral("the file is empty"));

    DecodedText result;
    std::optional<QString> text;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        text = decodeStrict(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3));
        result.encoding = QStringLiteral("UTF-8");
    } else if (startsWith(bytes, {0xFF, 0xFE})) {
        text = decodeStrict(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2));
        result.encoding = QStringLiteral("UTF-16LE");
    } else if (startsWith(bytes, {0xFE, 0xFF})) {
        text = decodeStrict(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2));
        result.encoding = QStringLiteral("UTF-16BE");
    } else if (const auto utf16 = sniffUtf16(bytes)) {
        text = decodeStrict(*utf16, bytes);
        result.encoding = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                              : QStringLiteral("UTF-16BE");
    } else if (bytes.contains('\0')) {
        return invalid(QStringLiteral("the file is binary, not text"));
    } else if ((text = decodeStrict(QStringConverter::Utf8, bytes))) {
        result.encoding = QStringLiteral("UTF-8");
    } else if ((text = decodeGb18030(bytes))) {
        result.encoding = QStringLiteral("GB18030");
    }
    if (!text) {
        return Error{ErrorCode::Encoding,
                     QStringLiteral("the file's encoding is not one we can read "
                                    "(UTF-8, UTF-16 or GB18030)"),
                     {}};
    }
    if (looksBinary(*text))
        return invalid(QStringLiteral("the file is binary, not text"));
    if (text->trimmed().isEmpty())
        return invalid(QStringLiteral("the file holds no text (only white space)"));
    result.text = normaliseLineEnds(std::move(*text));
    return result;
}

Result<QByteArray> readFileBytes(const QString &path, qint64 maxBytes)
{
    return readInputFile(path, maxBytes);
}

Result<DecodedText> readTextFile(const QString &path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return decodeText(*bytes);
}

} // namespace Rapporteur::Importer
