#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace Rapporteur::Test {

QString fixturePath(const QString &name)
{
    return QStringLiteral(RAPPORTEUR_FIXTURES_DIR "/") + name;
}

QString corpusPath(const QString &name)
{
    return QStringLiteral(RAPPORTEUR_CORPUS_DIR "/") + name;
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

namespace {

bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QString sharedDatabasePrefix(const QString &name)
{
    return QFileInfo(QCoreApplication::applicationFilePath()).fileName() + QLatin1Char('-') + name +
           QLatin1Char('-');
}

// What the shared copy is made from: the test program, the inputs, and their times and sizes.
QString sharedDatabaseKey(const QString &name, const QStringList &inputs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &file : QStringList{QCoreApplication::applicationFilePath()} + inputs) {
        const QFileInfo info(file);
        hash.addData(QFile::encodeName(info.absoluteFilePath()));
        hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
        hash.addData(QByteArray::number(info.size()));
    }
    return sharedDatabasePrefix(name) + QString::fromLatin1(hash.result().toHex().left(16));
}

// Copies built by earlier builds of this program under this name.
void removeOutdatedCopies(const QDir &dir, const QString &name, const QString &key)
{
    const QString prefix = sharedDatabasePrefix(name);
    for (const QString &file : dir.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (!file.startsWith(key))
            QFile::remove(dir.filePath(file));
    }
}

} // namespace

bool copyOfSharedDatabase(const QString &name, const QStringList &inputs,
                          const QString &destination,
                          const std::function<bool(const QString &path)> &build)
{
#ifdef RAPPORTEUR_SHARED_DATABASES_DIR
    const QDir dir(QStringLiteral(RAPPORTEUR_SHARED_DATABASES_DIR));
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    const QString key = sharedDatabaseKey(name, inputs);
    // Test processes run side by side under ctest -j: one builds, the others wait and copy.
    QLockFile lock(dir.filePath(key + QStringLiteral(".lock")));
    lock.setStaleLockTime(0); // a crashed builder's lock is stale once its process is gone
    if (!lock.lock())
        return false;
    const QString shared = dir.filePath(key + QStringLiteral(".sqlite"));
    if (!QFileInfo::exists(shared)) {
        const QString building = dir.filePath(key + QStringLiteral(".building.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(building + QLatin1String(suffix));
        // A write-ahead log left beside it would hold part of the database the copy lacks.
        if (!build(building) || QFileInfo::exists(building + QStringLiteral("-wal")) ||
            !QFile::rename(building, shared)) {
            return false;
        }
        removeOutdatedCopies(dir, name, key);
    }
    return copyOver(shared, destination);
#else
    Q_UNUSED(name)
    Q_UNUSED(inputs)
    return build(destination);
#endif
}

} // namespace Rapporteur::Test
