#include "voterepository.h"

#include "columncodec.h"
#include "database.h"
#include "documentversions.h"
#include "joinedreads.h"
#include "statement.h"

#include "common/entity.h"
#include "common/enumnames.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Rapporteur::Storage {

using namespace ColumnCodec;

namespace {

// Like CorpusRepository, every read is one query per table, whatever the number of votes, joined
// in memory: a query per vote would make a report with 40 votes 120 round trips. All queries of a
// call share one WHERE over the alias d (document): one version of a document (?1 its id), or the
// primary version of every document, so that a decision read from two versions counts once.
struct Selection
{
    QByteArray where;
    qint64 documentId = 0;
};

Result<Statement> prepareFor(const Database &db, const QByteArray &sql, const Selection &selection)
{
    auto statement = Statement::prepare(db, sql.constData());
    if (statement && selection.documentId != 0)
        statement->bind(1, selection.documentId);
    return statement;
}

Error readFailed(Error error)
{
    error.userMessage = QStringLiteral("Could not read the corpus database.");
    return error;
}

// An unknown symbol (or a version the document does not have) is an error the CLI reports in its
// own words, not an empty answer.
Result<Selection> select(const Database &db, const QString &symbol, const QString &language)
{
    if (symbol.isEmpty())
        return Selection{kIsPrimaryVersion, 0};
    auto id = findVersion(db, symbol, language);
    if (!id)
        return readFailed(id.error());
    if (!id->has_value())
        return unknownVersion(symbol, language);
    return Selection{"d.id = ?1", **id};
}

// A name this program does not know (written by a newer one) reads as Other.
VoteSubjectKind subjectKindFromName(const QString &name)
{
    return valueNamed(name,
                      {VoteSubjectKind::PreambularParagraph, VoteSubjectKind::OperativeParagraph,
                       VoteSubjectKind::WholeDraft},
                      voteSubjectKindName)
        .value_or(VoteSubjectKind::Other);
}

QList<ListedEntity> *listOf(VoteRecord &vote, const QString &positionName)
{
    switch (votePositionFromName(positionName).value_or(VotePosition::NonVoting)) {
    case VotePosition::Yes:
        return &vote.yes;
    case VotePosition::No:
        return &vote.no;
    case VotePosition::Abstain:
        return &vote.abstain;
    case VotePosition::NonVoting:
        break;
    }
    return nullptr; // not a list this program writes: skipped rather than misfiled
}

int statedFigure(const Statement &select, int column)
{
    return select.isNull(column) ? -1 : select.columnInt(column);
}

std::optional<qint64> optionalId(const Statement &select, int column)
{
    if (select.isNull(column))
        return std::nullopt;
    return select.columnInt64(column);
}

Result<QList<VoteRecord>> readVotes(const Database &db, const Selection &selection)
{
    const QByteArray &where = selection.where;
    auto select = prepareFor(db, R"(
        SELECT v.id, d.symbol, v.ordinal, v.label, v.subject, v.subject_kind, v.subject_number,
               v.draft_symbol, v.outcome, v.date, v.meeting, v.stated_yes, v.stated_no,
               v.stated_abstain, v.paragraph_id, v.subject_paragraph_id, v.page
        FROM vote v JOIN document d ON d.id = v.document_id
        WHERE )" + where + " ORDER BY v.document_id, v.ordinal",
                             selection);
    if (!select)
        return select.error();
    QList<VoteRecord> records;
    QHash<qint64, qsizetype> index;
    if (auto read = select->forEachRow([&] {
            VoteRecord &r = records.emplace_back();
            r.id = select->columnInt64(0);
            r.document = select->columnText(1);
            r.ordinal = select->columnInt(2);
            r.label = select->columnText(3);
            r.subject = select->columnText(4);
            r.subjectKind = subjectKindFromName(select->columnText(5));
            r.subjectNumber = select->columnInt(6);
            r.draftSymbol = select->columnText(7);
            r.outcome = select->columnText(8);
            r.date = decodeDate(select->columnText(9));
            r.meeting = select->columnInt(10);
            r.statedYes = statedFigure(*select, 11);
            r.statedNo = statedFigure(*select, 12);
            r.statedAbstain = statedFigure(*select, 13);
            r.paragraphId = optionalId(*select, 14);
            r.subjectParagraphId = optionalId(*select, 15);
            r.page = select->columnInt(16);
            index.insert(r.id, records.size() - 1);
        });
        !read)
        return read.error();
    if (records.isEmpty())
        return records;

    // Ordered like the votes, so SQLite walks the indexes in that order and never sorts.
    const QByteArray fromVotes =
        " JOIN vote v ON v.id = x.vote_id JOIN document d ON d.id = v.document_id WHERE " + where;
    auto entries =
        prepareFor(db,
                   "SELECT x.vote_id, x.position, x.entity_code, x.written "
                   "FROM vote_entry x" +
                       fromVotes + " ORDER BY v.document_id, v.ordinal, x.position, x.ordinal",
                   selection);
    if (auto read =
            joinRows(entries, records, index,
                     [](VoteRecord &vote, const Statement &row) {
                         if (QList<ListedEntity> *list = listOf(vote, row.columnText(1)))
                             list->append(ListedEntity{row.columnText(2), row.columnText(3)});
                     });
        !read)
        return read.error();

    auto notes = prepareFor(db,
                            "SELECT x.vote_id, x.entity_code, x.written, x.intended, x.text "
                            "FROM vote_note x" +
                                fromVotes + " ORDER BY v.document_id, v.ordinal, x.ordinal",
                            selection);
    if (auto read = joinRows(
            notes, records, index,
            [](VoteRecord &vote, const Statement &row) {
                vote.notes.append(VoteNoteRecord{
                    row.columnText(1), row.columnText(2),
                    votePositionFromName(row.columnText(3)).value_or(VotePosition::Abstain),
                    row.columnText(4)});
            });
        !read)
        return read.error();

    // Non-voting members are derived, not stored: the same entity table then decides for every
    // vote, and a member added to the reference data later counts without a re-import. Byte
    // order of the English names (no locale collation), so the order is the same on every
    // machine; observers and the EU are no member_state and never appear.
    auto members = Statement::prepare(db, "SELECT code FROM entity WHERE kind = ?1 "
                                          "ORDER BY name_en, code");
    if (!members)
        return members.error();
    members->bind(1, entityKindName(EntityKind::MemberState));
    const auto memberStates = members->collect<QString>([&] { return members->columnText(0); });
    if (!memberStates)
        return memberStates.error();
    for (VoteRecord &r : records) {
        QSet<QString> listed;
        for (const QList<ListedEntity> *list : {&r.yes, &r.no, &r.abstain}) {
            for (const ListedEntity &e : *list)
                listed.insert(e.code);
        }
        for (const QString &code : *memberStates) {
            if (!listed.contains(code))
                r.nonVoting.append(code);
        }
    }
    return records;
}

Result<QList<SponsorshipRecord>> readSponsorships(const Database &db, const Selection &selection)
{
    const QByteArray &where = selection.where;
    auto select = prepareFor(db, R"(
        SELECT s.document_id, s.sponsorship, d.symbol, s.draft_symbol, s.role, s.entity_code,
               s.written
        FROM sponsor s JOIN document d ON d.id = s.document_id
        WHERE )" + where + " ORDER BY s.document_id, s.sponsorship, s.role, s.ordinal",
                             selection);
    if (!select)
        return select.error();
    QList<SponsorshipRecord> records;
    std::pair<qint64, int> current{-1, -1}; // (document, sponsorship) of records.last()
    if (auto read = select->forEachRow([&] {
            const std::pair<qint64, int> key{select->columnInt64(0), select->columnInt(1)};
            if (key != current) {
                current = key;
                SponsorshipRecord &r = records.emplace_back();
                r.document = select->columnText(2);
                r.draftSymbol = select->columnText(3);
            }
            const QString role = select->columnText(4);
            ListedEntity sponsor{select->columnText(5), select->columnText(6)};
            if (role == QLatin1String(kMainSponsorRole))
                records.last().main.append(std::move(sponsor));
            else if (role == QLatin1String(kJoinedSponsorRole))
                records.last().joined.append(std::move(sponsor));
        });
        !read)
        return read.error();
    return records;
}

Result<QList<ResolutionParagraphRecord>> readResolution(const Database &db,
                                                        const Selection &selection)
{
    const QByteArray &where = selection.where;
    auto select = prepareFor(db, R"(
        SELECT r.document_id, r.ordinal, r.paragraph_id, r.operative, r.number, p.text
        FROM resolution_paragraph r
        JOIN paragraph p ON p.id = r.paragraph_id
        JOIN document d ON d.id = r.document_id
        WHERE )" + where + " ORDER BY r.document_id, r.ordinal",
                             selection);
    if (!select)
        return select.error();
    QList<ResolutionParagraphRecord> records;
    // By row rather than by paragraph id: nothing forbids a paragraph appearing twice.
    QHash<std::pair<qint64, int>, qsizetype> index;
    if (auto read = select->forEachRow([&] {
            ResolutionParagraphRecord &r = records.emplace_back();
            r.paragraphId = select->columnInt64(2);
            r.operative = select->columnInt(3) != 0;
            r.number = select->columnInt(4);
            r.text = select->columnText(5);
            index.insert({select->columnInt64(0), select->columnInt(1)}, records.size() - 1);
        });
        !read)
        return read.error();
    if (records.isEmpty())
        return records;

    auto footnotes = prepareFor(db, R"(
        SELECT r.document_id, r.ordinal, f.marker, f.text, f.anchor
        FROM resolution_paragraph r
        JOIN footnote f ON f.paragraph_id = r.paragraph_id
        JOIN document d ON d.id = r.document_id
        WHERE )" + where + " ORDER BY r.document_id, r.ordinal, f.ordinal",
                                selection);
    if (!footnotes)
        return footnotes.error();
    if (auto read = footnotes->forEachRow([&] {
            records[index.value({footnotes->columnInt64(0), footnotes->columnInt(1)})]
                .footnotes.append(footnoteAt(*footnotes, 2));
        });
        !read)
        return read.error();
    return records;
}

template <typename Read>
auto readSelected(const Database &db, const QString &symbol, const QString &language, Read read)
    -> decltype(read(db, Selection{}))
{
    auto selection = select(db, symbol, language);
    if (!selection)
        return selection.error();
    auto records = read(db, *selection);
    if (!records)
        return readFailed(records.error());
    return records;
}

} // namespace

VoteRepository::VoteRepository(Database &db) : m_db(db) {}

Result<QList<VoteRecord>> VoteRepository::votes(const QString &documentSymbol,
                                                const QString &language) const
{
    return readSelected(m_db, documentSymbol, language, readVotes);
}

Result<QList<SponsorshipRecord>> VoteRepository::sponsorships(const QString &documentSymbol,
                                                              const QString &language) const
{
    return readSelected(m_db, documentSymbol, language, readSponsorships);
}

Result<QList<ResolutionParagraphRecord>> VoteRepository::resolution(const QString &documentSymbol,
                                                                    const QString &language) const
{
    return readSelected(m_db, documentSymbol, language, readResolution);
}

} // namespace Rapporteur::Storage
