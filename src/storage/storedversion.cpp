#include "storedversion.h"

#include "corpusrepository.h"
#include "statement.h"
#include "voterepository.h"

#include <QHash>

namespace Rapporteur::Storage {

namespace {

QList<NamedEntity> named(const QList<ListedEntity> &listed)
{
    QList<NamedEntity> out;
    for (const ListedEntity &e : listed)
        out.append(NamedEntity{e.written, e.code});
    return out;
}

RecordedVote recordedVote(const VoteRecord &r)
{
    RecordedVote v;
    v.label = r.label;
    v.subject = r.subject;
    v.subjectKind = r.subjectKind;
    v.subjectNumber = r.subjectNumber;
    v.draftSymbol = r.draftSymbol;
    v.outcome = r.outcome;
    v.date = r.date;
    v.meeting = r.meeting;
    v.statedYes = r.statedYes;
    v.statedNo = r.statedNo;
    v.statedAbstain = r.statedAbstain;
    v.yes = named(r.yes);
    v.no = named(r.no);
    v.abstain = named(r.abstain);
    v.page = r.page;
    return v;
}

// The votes and sponsorships of the version doc.symbol, doc.language.
Status readDecisionsInto(Database &db, ParsedDocument &doc)
{
    const VoteRepository decisions(db);
    auto votes = decisions.votes(doc.symbol, doc.language);
    if (!votes)
        return votes.error();
    for (const VoteRecord &v : *votes)
        doc.votes.append(recordedVote(v));
    auto sponsorships = decisions.sponsorships(doc.symbol, doc.language);
    if (!sponsorships)
        return sponsorships.error();
    for (const SponsorshipRecord &s : *sponsorships)
        doc.sponsorships.append(Sponsorship{s.draftSymbol, named(s.main), named(s.joined)});
    return success();
}

} // namespace

Result<ParsedDocument> readStoredDecisions(Database &db, const QString &symbol,
                                           const QString &language)
{
    ParsedDocument doc;
    doc.symbol = symbol;
    doc.language = language;
    if (auto decided = readDecisionsInto(db, doc); !decided)
        return decided.error();
    return doc;
}

Result<std::optional<StoredVersion>> readStoredVersion(Database &db, const QString &symbol,
                                                       const QString &language)
{
    const CorpusRepository corpus(db);
    auto record = corpus.document(symbol, language);
    if (!record)
        return record.error();
    if (!record->has_value())
        return std::optional<StoredVersion>();
    const DocumentRecord &d = **record;

    StoredVersion out;
    out.documentId = d.id;
    ParsedDocument &doc = out.document;
    doc.symbol = d.symbol;
    doc.symbolProvisional = d.symbolProvisional;
    doc.title = d.title;
    doc.language = d.language;
    doc.pageCount = d.pageCount;
    doc.date = d.date;
    doc.originalLanguages = d.originalLanguages;
    doc.warnings = d.warnings;

    auto submissions = corpus.submissions(d.symbol, d.language);
    if (!submissions)
        return submissions.error();
    QHash<qint64, int> submissionIndex;
    for (const SubmissionRecord &s : *submissions) {
        Submission &parsed = doc.submissions.emplace_back();
        parsed.heading = s.heading;
        parsed.entityCode = s.entity ? s.entity->code : QString();
        parsed.languages = s.languages;
        parsed.date = s.date;
        parsed.group = s.group;
        parsed.section = s.section;
        parsed.page = s.page;
        submissionIndex.insert(s.id, static_cast<int>(out.submissionIds.size()));
        out.submissionIds.append(s.id);
    }

    auto paragraphs = corpus.paragraphsOfDocument(d.symbol, d.language);
    if (!paragraphs)
        return paragraphs.error();
    for (const ParagraphRecord &p : *paragraphs) {
        Paragraph &parsed = doc.paragraphs.emplace_back();
        parsed.kind = p.kind;
        parsed.text = p.text;
        parsed.page = p.page;
        parsed.section = p.section;
        parsed.submission = p.submissionId ? submissionIndex.value(*p.submissionId, -1) : -1;
        parsed.footnotes = p.footnotes;
        parsed.links = p.links;
        parsed.sentenceEnds = p.sentenceEnds;
        out.paragraphIds.append(p.id);
    }

    if (auto decided = readDecisionsInto(db, doc); !decided)
        return decided.error();
    return std::optional<StoredVersion>(std::move(out));
}

Result<QStringList> versionLanguages(const Database &db, const QString &symbol)
{
    auto select = Statement::prepare(db, "SELECT language FROM document WHERE symbol = ?1 "
                                         "ORDER BY id");
    if (!select)
        return select.error();
    select->bind(1, symbol);
    return select->collect<QString>([&] { return select->columnText(0); });
}

} // namespace Rapporteur::Storage
