#pragma once

#include <QString>
#include <QTemporaryDir>

#include <iosfwd>

// Lets GoogleTest print QStrings in failure messages instead of byte dumps.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os);
QT_END_NAMESPACE

namespace Rapporteur::Test {

QString fixturePath(const QString &name); // tests/fixtures/<name>
QString corpusPath(const QString &name);  // data/corpus/<name>
QString readUtf8(const QString &path);

} // namespace Rapporteur::Test
