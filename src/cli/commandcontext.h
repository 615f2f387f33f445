#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Cli {

// The exit statuses of the command-line contract.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,    // unknown command or option, missing argument
    ExitBadInput = 2, // unreadable or invalid input, or something asked for that is not there
};

// What every command needs: the database (opened on first use), and one way to print results
// and errors.
class CommandContext final
{
public:
    explicit CommandContext(QString databasePath);
    ~CommandContext();

    // Opens the database on first call; null after printing the error.
    Storage::Database *database();
    // The --db path as given (the database may not exist yet).
    const QString &databasePath() const { return m_path; }

    static int fail(const Error &error);      // "error: ..." on stderr → ExitBadInput
    static int usage(const QString &message); // "usage error: ..." on stderr → ExitUsage
    static void printJson(const QJsonDocument &doc);
    // Prints items as a JSON array, each converted by toJson(item) → QJsonObject.
    template <typename List, typename ToJson>
    static int printJsonArray(const List &items, ToJson toJson)
    {
        QJsonArray out;
        for (const auto &item : items)
            out.append(toJson(item));
        printJson(QJsonDocument(out));
        return ExitOk;
    }
    static void print(const QString &line); // a line on stdout, UTF-8

    // Parses a command's own arguments (args[0] is the command name). Empty: go on. Otherwise
    // the command is done (help printed, or a usage error reported) and this is its exit status.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);

    // --max-input-size MB, shared by every command that reads input files: declared on the
    // parser, then read into bytes (the application's setting when not given). Empty: go on;
    // otherwise a usage error was reported and this is the exit status.
    static void addMaxInputSizeOption(QCommandLineParser &parser);
    static std::optional<int> maxInputSize(const QCommandLineParser &parser, qint64 &bytes);

    // --lang CODE, shared by every command that reads one language (version) of documents:
    // declared on the parser with what it does there, then read into language (lower case; empty
    // when not given). Empty: go on; otherwise a usage error was reported and this is the status.
    static void addLanguageOption(QCommandLineParser &parser, const QString &description);
    static std::optional<int> language(const QCommandLineParser &parser, QString &language);

    // ExitOk when the document exists; otherwise reports it (so that a mistyped symbol is an
    // error, not an empty list) and returns the exit status.
    int requireDocument(const QString &symbol, const QString &language = {});

private:
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Rapporteur::Cli
