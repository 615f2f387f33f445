#include "commonoptions.h"

#include "commandcontext.h"

#include "workflow/inputlimit.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Rapporteur::Cli::Options {

const QCommandLineOption &json()
{
    static const QCommandLineOption option{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    return option;
}

const QCommandLineOption &maxInputSize()
{
    static const QCommandLineOption option{
        QStringLiteral("max-input-size"),
        QStringLiteral(
            "Refuse files larger than MB megabytes (default: the application's setting, else "
            "1 GiB)."),
        QStringLiteral("MB")};
    return option;
}

std::optional<int> readMaxInputSize(const QCommandLineParser &parser, qint64 &bytes)
{
    bytes = Workflow::configuredMaxInputBytes();
    if (!parser.isSet(maxInputSize()))
        return std::nullopt;
    bool ok = false;
    const qint64 megabytes = parser.value(maxInputSize()).toLongLong(&ok);
    if (!ok || megabytes <= 0 || megabytes > (qint64(1) << 40))
        return CommandContext::usage(
            QStringLiteral("--max-input-size takes a positive number of megabytes"));
    bytes = megabytes * 1000 * 1000;
    return std::nullopt;
}

QCommandLineOption language(const QString &description)
{
    return QCommandLineOption(QStringLiteral("lang"), description, QStringLiteral("CODE"));
}

std::optional<int> readLanguage(const QCommandLineParser &parser, QString &code)
{
    code = parser.value(QStringLiteral("lang")).toLower();
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}$"));
    if (parser.isSet(QStringLiteral("lang")) && !languageCode.match(code).hasMatch())
        return CommandContext::usage(
            QStringLiteral("--lang is a two-letter language code (ISO 639-1): en, zh, fr ..."));
    return std::nullopt;
}

QCommandLineOption document(const QString &description)
{
    return QCommandLineOption(QStringLiteral("document"), description, QStringLiteral("SYM"));
}

} // namespace Rapporteur::Cli::Options
