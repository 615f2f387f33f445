#include "testsupport.h"

#include <QFile>

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

} // namespace Rapporteur::Test
