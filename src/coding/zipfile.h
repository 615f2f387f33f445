#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Rapporteur::Coding {

// The little of the zip format a REFI-QDA project needs: Qt 6.4 has no public zip API, and zlib
// (which Qt itself uses) gives the deflate and CRC-32. No zip64, encryption or multi-disk
// archives: a project larger than 4 GiB is refused rather than written wrongly.

class ZipWriter final
{
public:
    explicit ZipWriter(QDateTime modified = QDateTime::currentDateTime());

    // Names are stored as UTF-8 (general-purpose flag bit 11); contents are deflated.
    Status add(const QString &name, const QByteArray &contents);
    // The whole archive: local entries, central directory, end record.
    Result<QByteArray> finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    // The fields from "version needed to extract" to the name's length, which an entry's local
    // header and its central directory record have alike.
    void putSharedFields(const Entry &e);

    QByteArray m_data;
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

// Reads an archive's directory and the contents of its entries (stored or deflated), checking
// each entry's CRC-32. An entry that would inflate past maxEntrySize, or entries that together
// would pass maxTotalSize, are refused before any memory is taken for them: a small archive can
// state (and deflate can deliver) a thousand times its size.
class ZipReader final
{
public:
    // The text of one UN document is a few MB, a project file with every coding tens of MB.
    static constexpr qint64 kDefaultMaxEntrySize = qint64(128) << 20;
    static constexpr qint64 kDefaultMaxTotalSize = qint64(1) << 30;

    static Result<ZipReader> open(QByteArray archive);
    void setLimits(qint64 maxEntrySize, qint64 maxTotalSize);

    QStringList names() const;
    bool contains(const QString &name) const;
    Result<QByteArray> read(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_archive;
    QList<Entry> m_entries;
    qint64 m_maxEntrySize = kDefaultMaxEntrySize;
    qint64 m_maxTotalSize = kDefaultMaxTotalSize;
    mutable qint64 m_read = 0; // bytes handed out so far
};

} // namespace Rapporteur::Coding
