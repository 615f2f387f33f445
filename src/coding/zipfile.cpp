#include "zipfile.h"

#include <zlib.h>

#include <limits>

namespace Rapporteur::Coding {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint16 kVersion = 20;         // 2.0: deflate
constexpr quint16 kUtf8Names = 1u << 11; // general-purpose flag: names are UTF-8
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return quint16(quint8(in[at]) | (quint8(in[at + 1]) << 8));
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return quint32(get16(in, at)) | (quint32(get16(in, at + 2)) << 16);
}

Error damaged(const QString &why)
{
    return Error{
        ErrorCode::InvalidInput, QStringLiteral("the archive is damaged: %1").arg(why), {}};
}

quint32 crcOf(const QByteArray &bytes)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()),
                         static_cast<uInt>(bytes.size())));
}

// Raw deflate (no zlib header), as zip stores it.
Result<QByteArray> deflateRaw(const QByteArray &input)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return Error{ErrorCode::Internal, QStringLiteral("could not start compressing"), {}};
    QByteArray output(static_cast<qsizetype>(deflateBound(&stream, uLong(input.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int rc = deflate(&stream, Z_FINISH);
    output.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return Error{ErrorCode::Internal, QStringLiteral("could not compress"), {}};
    return output;
}

Result<QByteArray> inflateRaw(const QByteArray &input, quint32 size)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return Error{ErrorCode::Internal, QStringLiteral("could not start decompressing"), {}};
    QByteArray output(static_cast<qsizetype>(size), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = static_cast<uInt>(output.size());
    const int rc = inflate(&stream, Z_FINISH);
    const auto produced = stream.total_out;
    inflateEnd(&stream);
    if (rc != Z_STREAM_END || produced != size)
        return damaged(QStringLiteral("an entry does not decompress to its stated size"));
    return output;
}

} // namespace

ZipWriter::ZipWriter(QDateTime modified)
{
    // MS-DOS time, local time, two-second resolution; years before 1980 cannot be written.
    const QDate d = modified.date().year() < 1980 ? QDate(1980, 1, 1) : modified.date();
    const QTime t = modified.time();
    m_dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

Status ZipWriter::add(const QString &name, const QByteArray &contents)
{
    auto compressed = deflateRaw(contents);
    if (!compressed)
        return compressed.error();
    constexpr auto kMax = std::numeric_limits<quint32>::max();
    if (contents.size() >= kMax || m_data.size() + compressed->size() >= kMax)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("the project is too large for a zip archive without zip64"),
                     {}};
    Entry e;
    e.name = name.toUtf8();
    e.crc = crcOf(contents);
    e.compressedSize = quint32(compressed->size());
    e.size = quint32(contents.size());
    e.offset = quint32(m_data.size());
    put32(m_data, kLocalSignature);
    putSharedFields(e);
    put16(m_data, 0); // no extra field
    m_data.append(e.name).append(*compressed);
    m_entries.append(e);
    return success();
}

void ZipWriter::putSharedFields(const Entry &e)
{
    put16(m_data, kVersion); // needed to extract
    put16(m_data, kUtf8Names);
    put16(m_data, kDeflated);
    put16(m_data, m_dosTime);
    put16(m_data, m_dosDate);
    put32(m_data, e.crc);
    put32(m_data, e.compressedSize);
    put32(m_data, e.size);
    put16(m_data, quint16(e.name.size()));
}

Result<QByteArray> ZipWriter::finish()
{
    const auto directoryOffset = quint32(m_data.size());
    for (const Entry &e : std::as_const(m_entries)) {
        put32(m_data, kCentralSignature);
        put16(m_data, kVersion); // made by
        putSharedFields(e);
        put16(m_data, 0); // extra field
        put16(m_data, 0); // comment
        put16(m_data, 0); // disk number
        put16(m_data, 0); // internal attributes
        put32(m_data, 0); // external attributes
        put32(m_data, e.offset);
        m_data.append(e.name);
    }
    if (m_entries.size() > 0xffff)
        return Error{
            ErrorCode::InvalidInput, QStringLiteral("too many files for a zip archive"), {}};
    const auto directorySize = quint32(m_data.size()) - directoryOffset;
    put32(m_data, kEndSignature);
    put16(m_data, 0); // this disk
    put16(m_data, 0); // disk with the directory
    put16(m_data, quint16(m_entries.size()));
    put16(m_data, quint16(m_entries.size()));
    put32(m_data, directorySize);
    put32(m_data, directoryOffset);
    put16(m_data, 0); // comment length
    return m_data;
}

Result<ZipReader> ZipReader::open(QByteArray archive)
{
    // The end record is the last 22 bytes unless an archive comment (up to 64 KiB) follows it.
    constexpr qsizetype kEndSize = 22;
    qsizetype end = -1;
    for (qsizetype at = archive.size() - kEndSize;
         at >= 0 && at >= archive.size() - kEndSize - 0xffff; --at) {
        if (get32(archive, at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(QStringLiteral("it is not a zip archive"));
    ZipReader reader;
    const quint16 count = get16(archive, end + 10);
    qsizetype at = get32(archive, end + 16);
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > archive.size() || get32(archive, at) != kCentralSignature)
            return damaged(QStringLiteral("its directory is cut short"));
        Entry e;
        e.method = get16(archive, at + 10);
        e.crc = get32(archive, at + 16);
        e.compressedSize = get32(archive, at + 20);
        e.size = get32(archive, at + 24);
        const quint16 nameLength = get16(archive, at + 28);
        const quint16 extraLength = get16(archive, at + 30);
        const quint16 commentLength = get16(archive, at + 32);
        e.offset = get32(archive, at + 42);
        e.name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        reader.m_entries.append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    reader.m_archive = std::move(archive);
    return reader;
}

QStringList ZipReader::names() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names.append(e.name);
    return names;
}

bool ZipReader::contains(const QString &name) const
{
    return names().contains(name);
}

void ZipReader::setLimits(qint64 maxEntrySize, qint64 maxTotalSize)
{
    m_maxEntrySize = maxEntrySize;
    m_maxTotalSize = maxTotalSize;
}

Result<QByteArray> ZipReader::read(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name != name)
            continue;
        if (qint64(e.size) > m_maxEntrySize || m_read + qint64(e.size) > m_maxTotalSize)
            return damaged(QStringLiteral("the entry “%1” would unpack to %2 MB, more than a "
                                          "project can hold")
                               .arg(name)
                               .arg((qint64(e.size) + 999999) / 1000000));
        const qsizetype header = e.offset;
        if (header + 30 > m_archive.size() || get32(m_archive, header) != kLocalSignature)
            return damaged(QStringLiteral("the entry “%1” is missing").arg(name));
        const qsizetype data =
            header + 30 + get16(m_archive, header + 26) + get16(m_archive, header + 28);
        if (data + qsizetype(e.compressedSize) > m_archive.size())
            return damaged(QStringLiteral("the entry “%1” is cut short").arg(name));
        const QByteArray raw = m_archive.mid(data, e.compressedSize);
        Result<QByteArray> contents = raw;
        if (e.method == kDeflated)
            contents = inflateRaw(raw, e.size);
        else if (e.method != kStored)
            return damaged(QStringLiteral("the entry “%1” uses a compression method other than "
                                          "deflate")
                               .arg(name));
        if (!contents)
            return contents.error();
        if (crcOf(*contents) != e.crc)
            return damaged(QStringLiteral("the entry “%1” fails its checksum").arg(name));
        if (contents->size() != qsizetype(e.size))
            return damaged(
                QStringLiteral("the entry “%1” is not the size its directory states").arg(name));
        m_read += contents->size();
        return contents;
    }
    return Error{ErrorCode::NotFound, QStringLiteral("the archive holds no “%1”").arg(name), {}};
}

} // namespace Rapporteur::Coding
