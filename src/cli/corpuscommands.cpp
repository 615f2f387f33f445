#include "corpuscommands.h"

#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"
#include "jsonformat.h"

#include "analysis/versionpairs.h"
#include "analysis/votechain.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rapporteur::Cli {

namespace {
const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kDocument = Options::document(QStringLiteral("Only this document."));
const QCommandLineOption kVersion = Options::language(
    QStringLiteral("The document's version in this language (ISO 639-1: en, zh); without it, the "
                   "version imported first."));
const QCommandLineOption kCounterpart = Options::language(
    QStringLiteral("The same state's submission in the document's version in this language "
                   "(ISO 639-1: en, zh)."));

Error notFound(const QString &message)
{
    return Error{ErrorCode::NotFound, message, {}};
}

QString entityLabel(const Storage::SubmissionRecord &s)
{
    return s.entity ? QStringLiteral("%1 %2 (%3)")
                          .arg(s.entity->code, s.entity->nameZh, s.entity->nameEn)
                    : QStringLiteral("??? %1 (unresolved)").arg(s.heading);
}

// A document and its language versions: the primary first (storage/documentversions.h).
struct DocumentVersions
{
    QList<Storage::DocumentRecord> versions;
};

// documents() lists every version in import order; a document is its symbol's versions.
QList<DocumentVersions> groupVersions(const QList<Storage::DocumentRecord> &records)
{
    QList<DocumentVersions> out;
    QHash<QString, qsizetype> index;
    for (const Storage::DocumentRecord &d : records) {
        const auto found = index.constFind(d.symbol);
        if (found != index.cend()) {
            out[*found].versions.append(d);
            continue;
        }
        index.insert(d.symbol, out.size());
        out.append(DocumentVersions{{d}});
    }
    return out;
}

// The primary version's fields, as before there were versions, and every version in `versions`.
QJsonObject documentVersionsJson(const DocumentVersions &document)
{
    QJsonObject out = documentJson(document.versions.constFirst());
    QJsonArray versions;
    for (const Storage::DocumentRecord &v : document.versions)
        versions.append(documentJson(v));
    out.insert(QStringLiteral("versions"), versions);
    return out;
}

// The submission of the same state in the `language` version of the document, as the two
// versions align (analysis/versionpairs.h).
Result<qint64> counterpartIn(Storage::Database &db, const Storage::SubmissionRecord &submission,
                             const QString &language)
{
    auto pairs = Analysis::alignStoredVersions(db, submission.document, submission.documentLanguage,
                                               language);
    if (!pairs)
        return pairs.error();
    if (const auto other = pairs->counterpart(submission.id))
        return *other;
    return notFound(QStringLiteral("the %1 version of %2 has no submission of %3")
                        .arg(language, submission.document,
                             submission.entity ? submission.entity->code : submission.heading));
}

int runDocuments(CommandContext &context, const QCommandLineParser &parser)
{
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    auto docs = Storage::CorpusRepository(*db).documents();
    if (!docs)
        return CommandContext::fail(docs.error());
    const QList<DocumentVersions> documents = groupVersions(*docs);
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(documents, documentVersionsJson);
    if (documents.isEmpty())
        CommandContext::print(QStringLiteral("The database holds no documents yet."));
    for (const DocumentVersions &document : documents) {
        const Storage::DocumentRecord &d = document.versions.constFirst();
        QString line = QStringLiteral("%1  %2  %3 submissions, %4 paragraphs, %5 pages")
                           .arg(d.symbol, d.title)
                           .arg(d.submissionCount)
                           .arg(d.paragraphCount)
                           .arg(d.pageCount);
        if (document.versions.size() > 1) {
            QStringList languages;
            for (const Storage::DocumentRecord &v : document.versions)
                languages.append(v.language);
            line += QStringLiteral("  [versions: %1]").arg(languages.join(QStringLiteral(", ")));
        }
        CommandContext::print(line);
    }
    return ExitOk;
}

int runSubmissions(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = Options::readLanguage(parser, language))
        return *done;
    const QString symbol = parser.value(kDocument);
    if (!language.isEmpty() && symbol.isEmpty())
        return CommandContext::usage(QStringLiteral("--lang needs --document SYM"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    Storage::CorpusRepository repo(*db);
    if (!symbol.isEmpty()) {
        if (const int status = context.requireDocument(symbol, language); status != ExitOk)
            return status;
    }
    auto subs = repo.submissions(symbol, language);
    if (!subs)
        return CommandContext::fail(subs.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*subs, submissionJson);
    for (const auto &s : *subs)
        CommandContext::print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 paragraphs")
                                  .arg(s.id)
                                  .arg(s.document, entityLabel(s), s.languages.join(u'+'),
                                       s.date.toString(Qt::ISODate))
                                  .arg(s.paragraphCount));
    return ExitOk;
}

int runShow(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = Options::readLanguage(parser, language))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return CommandContext::usage(QStringLiteral("show takes one SUBMISSION_ID"));
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok)
        return CommandContext::usage(QStringLiteral("SUBMISSION_ID must be a number"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    Storage::CorpusRepository repo(*db);
    auto submission = repo.submission(id);
    if (!submission)
        return CommandContext::fail(submission.error());
    if (!submission->has_value())
        return CommandContext::fail(notFound(QStringLiteral("no submission %1").arg(id)));
    if (!language.isEmpty() && (*submission)->documentLanguage != language) {
        auto other = counterpartIn(*db, **submission, language);
        if (!other)
            return CommandContext::fail(other.error());
        submission = repo.submission(*other);
        if (!submission)
            return CommandContext::fail(submission.error());
        if (!submission->has_value())
            return CommandContext::fail(notFound(QStringLiteral("no submission %1").arg(*other)));
    }
    auto paragraphs = repo.paragraphsOfSubmission((*submission)->id);
    if (!paragraphs)
        return CommandContext::fail(paragraphs.error());
    // How the state voted on the resolutions its submission cites (import-votes).
    auto cited = Analysis::citedResolutionVotes(
        *db, (*submission)->id, (*submission)->entity ? (*submission)->entity->code : QString());
    if (!cited)
        return CommandContext::fail(cited.error());
    if (parser.isSet(kJson)) {
        QJsonObject out = submissionJson(**submission);
        QJsonArray votes;
        for (const Analysis::CitedResolutionVote &c : *cited)
            votes.append(
                QJsonObject{{QStringLiteral("resolution"), c.resolution},
                            {QStringLiteral("roll_call"), c.rollCall.id},
                            {QStringLiteral("session"), c.rollCall.session},
                            {QStringLiteral("date"), c.rollCall.date.toString(Qt::ISODate)},
                            {QStringLiteral("position"),
                             c.position ? QJsonValue(Storage::rollCallPositionName(*c.position))
                                        : QJsonValue(QJsonValue::Null)}});
        out.insert(QStringLiteral("cited_votes"), votes);
        QJsonArray list;
        for (const auto &p : *paragraphs)
            list.append(paragraphJson(p));
        out.insert(QStringLiteral("paragraphs"), list);
        out.insert(QStringLiteral("paragraph_count"), list.size());
        CommandContext::printJson(QJsonDocument(out));
        return ExitOk;
    }
    const auto &s = **submission;
    CommandContext::print(
        QStringLiteral("%1 — %2, %3, %4")
            .arg(s.document, entityLabel(s), s.languages.join(u'+'), s.date.toString(Qt::ISODate)));
    for (const Analysis::CitedResolutionVote &c : *cited)
        CommandContext::print(QStringLiteral("cites %1, on which it voted %2 (%3)")
                                  .arg(c.resolution,
                                       c.position ? Storage::rollCallPositionName(*c.position)
                                                  : QStringLiteral("nothing the record lists"),
                                       c.rollCall.date.toString(Qt::ISODate)));
    for (const auto &p : *paragraphs) {
        CommandContext::print(QStringLiteral("\n[%1, p. %2] %3").arg(p.id).arg(p.page).arg(p.text));
        for (const auto &f : p.footnotes)
            CommandContext::print(QStringLiteral("    %1 %2").arg(f.marker, f.text));
        for (const auto &l : p.links)
            CommandContext::print(QStringLiteral("    → %1").arg(l.target));
    }
    return ExitOk;
}

int runParagraphs(CommandContext &context, const QCommandLineParser &parser)
{
    QString language;
    if (const auto done = Options::readLanguage(parser, language))
        return *done;
    const QString symbol = parser.value(kDocument);
    if (symbol.isEmpty())
        return CommandContext::usage(QStringLiteral("paragraphs needs --document SYM"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    Storage::CorpusRepository repo(*db);
    if (const int status = context.requireDocument(symbol, language); status != ExitOk)
        return status;
    auto paragraphs = repo.paragraphsOfDocument(symbol, language);
    if (!paragraphs)
        return CommandContext::fail(paragraphs.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(*paragraphs, paragraphJson);
    for (const auto &p : *paragraphs)
        CommandContext::print(QStringLiteral("[%1 %2 p.%3] %4")
                                  .arg(p.id)
                                  .arg(paragraphKindName(p.kind))
                                  .arg(p.page)
                                  .arg(p.text));
    return ExitOk;
}

int runRename(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2 || names[1].trimmed().isEmpty())
        return CommandContext::usage(QStringLiteral("rename takes SYM and NEW_SYM"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    if (auto renamed = Storage::CorpusRepository(*db).renameDocument(names[0], names[1].trimmed());
        !renamed)
        return CommandContext::fail(renamed.error());
    CommandContext::print(QStringLiteral("%1 is now %2").arg(names[0], names[1].trimmed()));
    return ExitOk;
}

} // namespace

const CommandSpec &documentsCommand()
{
    static const CommandSpec command{QStringLiteral("documents"),
                                     {Syntax::maybe(kJson)},
                                     QStringLiteral("each with its language versions"),
                                     runDocuments};
    return command;
}

const CommandSpec &submissionsCommand()
{
    static const CommandSpec command{
        QStringLiteral("submissions"),
        {Syntax::sequence({Syntax::optional({Syntax::option(kDocument), Syntax::maybe(kVersion)}),
                           Syntax::maybe(kJson)})},
        {},
        runSubmissions};
    return command;
}

const CommandSpec &showCommand()
{
    static const CommandSpec command{
        QStringLiteral("show"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("SUBMISSION_ID")),
                           Syntax::maybe(kCounterpart), Syntax::maybe(kJson)})},
        QStringLiteral("a submission: its paragraphs, notes and the votes on what it cites"),
        runShow};
    return command;
}

const CommandSpec &paragraphsCommand()
{
    static const CommandSpec command{
        QStringLiteral("paragraphs"),
        {Syntax::sequence(
            {Syntax::option(kDocument), Syntax::maybe(kVersion), Syntax::maybe(kJson)})},
        {},
        runParagraphs};
    return command;
}

const CommandSpec &renameCommand()
{
    static const CommandSpec command{
        QStringLiteral("rename"),
        {Syntax::sequence({Syntax::argument(QStringLiteral("SYM")),
                           Syntax::argument(QStringLiteral("NEW_SYM"))})},
        QStringLiteral("give a document another symbol"),
        runRename};
    return command;
}

} // namespace Rapporteur::Cli
