#include "commandcontext.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/documentversions.h"
#include "workflow/inputlimit.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

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

void CommandContext::addMaxInputSizeOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-input-size"),
                      QStringLiteral("Refuse files larger than MB megabytes (default: the "
                                     "application's setting, else 1 GiB)."),
                      QStringLiteral("MB")});
}

std::optional<int> CommandContext::maxInputSize(const QCommandLineParser &parser, qint64 &bytes)
{
    bytes = Workflow::configuredMaxInputBytes();
    if (!parser.isSet(QStringLiteral("max-input-size")))
        return std::nullopt;
    bool ok = false;
    const qint64 megabytes = parser.value(QStringLiteral("max-input-size")).toLongLong(&ok);
    if (!ok || megabytes <= 0 || megabytes > (qint64(1) << 40))
        return usage(QStringLiteral("--max-input-size takes a positive number of megabytes"));
    bytes = megabytes * 1000 * 1000;
    return std::nullopt;
}

void CommandContext::addLanguageOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("lang"), description, QStringLiteral("CODE")));
}

std::optional<int> CommandContext::language(const QCommandLineParser &parser, QString &language)
{
    language = parser.value(QStringLiteral("lang")).toLower();
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}$"));
    if (parser.isSet(QStringLiteral("lang")) && !languageCode.match(language).hasMatch())
        return usage(
            QStringLiteral("--lang is a two-letter language code (ISO 639-1): en, zh, fr ..."));
    return std::nullopt;
}

std::optional<int> CommandContext::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace Rapporteur::Cli

namespace Rapporteur::Cli {

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
