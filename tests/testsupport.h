#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <iosfwd>

// Lets GoogleTest print QStrings in failure messages instead of byte dumps.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os);
QT_END_NAMESPACE

namespace Rapporteur::Test {

QString fixturePath(const QString &name); // tests/fixtures/<name>
QString corpusPath(const QString &name);  // data/corpus/<name>
QString readUtf8(const QString &path);

// Puts at `destination` a database that `build` makes at the path it is given, building it once
// for every test process of this build: under CTest each test is a process of its own, and each
// would otherwise import the same documents again (the GUI suite spent two thirds of its time
// so). The copy is kept in the build tree under `name` and the modification times of the test
// program and of `inputs` (what `build` reads or runs), so a rebuilt program or a changed sample
// builds afresh. `build` must close every connection before it returns. False when it fails.
bool copyOfSharedDatabase(const QString &name, const QStringList &inputs,
                          const QString &destination,
                          const std::function<bool(const QString &path)> &build);

} // namespace Rapporteur::Test
