#include "gzipinput.h"

#include "common/inputfile.h"

#include <zlib.h>

namespace Rapporteur::RollCalls {

Result<QByteArray> gunzipIfCompressed(const QByteArray &data, const QString &shownName,
                                      qint64 maxBytes)
{
    if (!data.startsWith("\x1f\x8b"))
        return data;
    const auto damaged = [&shownName](const QString &why) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 is not a readable gzip file: %2").arg(shownName, why),
                     {}};
    };
    z_stream zs{};
    // 16 + MAX_WBITS: a gzip header and trailer (with its CRC) around the deflate stream.
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return damaged(QStringLiteral("zlib could not start"));
    QByteArray out;
    out.resize(qsizetype(std::min<qint64>(maxBytes, std::max<qint64>(data.size() * 4, 1 << 16))));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    qsizetype produced = 0;
    int rc = Z_OK;
    while (true) {
        if (produced == out.size()) {
            if (out.size() >= maxBytes) {
                inflateEnd(&zs);
                return Error{ErrorCode::InvalidInput,
                             QStringLiteral("%1 is larger than the limit of %2 once decompressed")
                                 .arg(shownName, shownSize(maxBytes)),
                             {}};
            }
            out.resize(qsizetype(std::min<qint64>(maxBytes, qint64(out.size()) * 2)));
        }
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(std::min<qsizetype>(out.size() - produced, 1 << 30));
        const uInt before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        produced += qsizetype(before - zs.avail_out);
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            // Concatenated gzip members read as one file, as gzip -d reads them.
            if (inflateReset(&zs) != Z_OK)
                break;
            continue;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            inflateEnd(&zs);
            return damaged(QStringLiteral("it ends before its data does (truncated)"));
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString why = zs.msg ? QString::fromUtf8(zs.msg) : QStringLiteral("damaged data");
            inflateEnd(&zs);
            return damaged(why);
        }
    }
    inflateEnd(&zs);
    out.resize(produced);
    return out;
}

} // namespace Rapporteur::RollCalls
