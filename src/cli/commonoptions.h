#pragma once

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

// The options several commands share, each written once with the rule that reads it.
namespace Rapporteur::Cli::Options {

// --json: print JSON.
const QCommandLineOption &json();

// --max-input-size MB, for every command that reads input files.
const QCommandLineOption &maxInputSize();
// Reads it into bytes (the application's setting when not given). Empty: go on; otherwise a
// usage error was reported and this is the exit status.
std::optional<int> readMaxInputSize(const QCommandLineParser &parser, qint64 &bytes);

// --lang CODE, for every command that reads one language (version) of documents, described as
// it acts there.
QCommandLineOption language(const QString &description);
// Reads it into `code` (lower case; empty when not given). Empty: go on; otherwise a usage error
// was reported and this is the exit status.
std::optional<int> readLanguage(const QCommandLineParser &parser, QString &code);

// --document SYM, described as it acts there.
QCommandLineOption document(const QString &description);

} // namespace Rapporteur::Cli::Options
