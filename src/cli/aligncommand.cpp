#include "aligncommand.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "analysis/versionpairs.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kLeft = Options::language(
    QStringLiteral("The version on the left (ISO 639-1); without it, the version imported first."));
const QCommandLineOption kWith{
    QStringLiteral("with"),
    QStringLiteral("The version to align it with (ISO 639-1); without it, the first other one."),
    QStringLiteral("CODE")};

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// A paragraph pair as ids; the score is rounded to three places, which is all it can tell.
QJsonObject pairJson(const Analysis::VersionPairs &pairs,
                     const Segmentation::AlignedParagraphs &pair)
{
    return QJsonObject{
        {QStringLiteral("left"), idOrNull(pairs.paragraphId(pairs.left, pair.left))},
        {QStringLiteral("right"), idOrNull(pairs.paragraphId(pairs.right, pair.right))},
        {QStringLiteral("score"), std::round(pair.score * 1000) / 1000},
    };
}

QJsonObject alignmentJson(const Analysis::VersionPairs &pairs)
{
    QJsonArray submissions;
    QJsonArray paragraphs;
    for (const Segmentation::AlignedSubmissions &s : pairs.alignment.submissions) {
        QJsonArray own;
        for (const Segmentation::AlignedParagraphs &p : s.paragraphs) {
            own.append(pairJson(pairs, p));
            paragraphs.append(pairJson(pairs, p));
        }
        submissions.append(QJsonObject{
            {QStringLiteral("entity"),
             s.entityCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.entityCode)},
            {QStringLiteral("left"), idOrNull(pairs.submissionId(pairs.left, s.left))},
            {QStringLiteral("right"), idOrNull(pairs.submissionId(pairs.right, s.right))},
            {QStringLiteral("paragraphs"), own},
        });
    }
    QJsonArray outside;
    for (const Segmentation::AlignedParagraphs &p : pairs.alignment.outside) {
        outside.append(pairJson(pairs, p));
        paragraphs.append(pairJson(pairs, p));
    }
    return QJsonObject{
        {QStringLiteral("document"), pairs.left.document.symbol},
        {QStringLiteral("left"), pairs.left.document.language},
        {QStringLiteral("right"), pairs.right.document.language},
        {QStringLiteral("submissions"), submissions},
        {QStringLiteral("outside"), outside},
        {QStringLiteral("paragraphs"), paragraphs},
        {QStringLiteral("differences"), QJsonArray::fromStringList(pairs.alignment.differences)},
    };
}

QString excerpt(const Storage::StoredVersion &version, int index)
{
    if (index < 0)
        return QStringLiteral("—");
    const QString &text = version.document.paragraphs[index].text;
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

void printAlignment(const Analysis::VersionPairs &pairs)
{
    CommandContext::print(QStringLiteral("%1: %2 | %3")
                              .arg(pairs.left.document.symbol, pairs.left.document.language,
                                   pairs.right.document.language));
    const auto printPairs = [&](const QList<Segmentation::AlignedParagraphs> &list) {
        for (const Segmentation::AlignedParagraphs &p : list)
            CommandContext::print(
                QStringLiteral("  %1  %2 | %3")
                    .arg(p.score, 0, 'f', 2)
                    .arg(excerpt(pairs.left, p.left), excerpt(pairs.right, p.right)));
    };
    for (const Segmentation::AlignedSubmissions &s : pairs.alignment.submissions) {
        CommandContext::print(
            QStringLiteral("\n%1  (%2 | %3)")
                .arg(s.entityCode.isEmpty() ? QStringLiteral("???") : s.entityCode)
                .arg(pairs.submissionId(pairs.left, s.left))
                .arg(pairs.submissionId(pairs.right, s.right)));
        printPairs(s.paragraphs);
    }
    if (!pairs.alignment.outside.isEmpty()) {
        CommandContext::print(QStringLiteral("\noutside any submission"));
        printPairs(pairs.alignment.outside);
    }
    for (const QString &d : pairs.alignment.differences)
        CommandContext::print(QStringLiteral("difference: %1").arg(d));
}

int runAlign(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("align takes one SYM"));
    QString left;
    if (const auto done = Options::readLanguage(parser, left))
        return *done;
    const QString right = parser.value(kWith).toLower();
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto pairs =
        Analysis::alignStoredVersions(*db, parser.positionalArguments().constFirst(), left, right);
    if (!pairs)
        return CommandContext::fail(pairs.error());
    if (parser.isSet(kJson))
        CommandContext::printJson(QJsonDocument(alignmentJson(*pairs)));
    else
        printAlignment(*pairs);
    return ExitOk;
}

} // namespace

const CommandSpec &alignCommand()
{
    static const CommandSpec command{
        QStringLiteral("align"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("SYM")), Syntax::maybe(kLeft),
                           Syntax::maybe(kWith), Syntax::maybe(kJson)})},
        QStringLiteral("two language versions, paragraph by paragraph"),
        runAlign};
    return command;
}

} // namespace Rapporteur::Cli
