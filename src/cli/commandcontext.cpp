#include "commandcontext.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/documentversions.h"

#include <QJsonDocument>

#include <cstdio>

namespace Rapporteur::Cli {

CommandContext::CommandContext(QString databasePath) : m_path(std::move(databasePath)) {}

CommandContext::~CommandContext() = default;

Storage::Database *CommandContext::database()
{
    if (!m_db) {
        auto opened = Storage::Database::open(m_path);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

int CommandContext::fail(const Error &error)
{
    // One line, whatever the message carries (a file name is escaped where it is made; this is
    // the last guard for text from elsewhere, such as a library's message).
    QString line = error.userMessage;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r')
            c = u' ';
    }
    std::fprintf(stderr, "error: %s\n", line.toUtf8().constData());
    return ExitBadInput;
}

int CommandContext::usage(const QString &message)
{
    std::fprintf(stderr, "usage error: %s\n", message.toUtf8().constData());
    return ExitUsage;
}

void CommandContext::printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void CommandContext::print(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
}

int CommandContext::requireDocument(const QString &symbol, const QString &language)
{
    Storage::Database *db = database();
    if (!db)
        return ExitBadInput;
    auto doc = Storage::CorpusRepository(*db).document(symbol, language);
    if (!doc)
        return fail(doc.error());
    if (!doc->has_value())
        return fail(Storage::unknownVersion(symbol, language));
    return ExitOk;
}

} // namespace Rapporteur::Cli
