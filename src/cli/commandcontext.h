#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <memory>

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

    // ExitOk when the document exists; otherwise reports it (so that a mistyped symbol is an
    // error, not an empty list) and returns the exit status.
    int requireDocument(const QString &symbol, const QString &language = {});

private:
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Rapporteur::Cli
