#include "votewriter.h"

#include "columncodec.h"
#include "database.h"
#include "statement.h"

#include <optional>
#include <utility>

namespace Rapporteur::Storage {

using namespace ColumnCodec;

namespace {

// The parser hands over indices into doc.paragraphs. One out of range is a bug upstream: stored,
// it would point a vote at nothing, or at a paragraph of another document.
Status checkParagraphIndices(const ParsedDocument &doc)
{
    const auto outOfRange = [&doc](int index, int lowest) {
        return index < lowest || index >= doc.paragraphs.size();
    };
    const auto refused = [&doc](const QString &what, int index) {
        return Status(Error{ErrorCode::Internal,
                            QStringLiteral("The recorded votes refer to a paragraph that the "
                                           "document does not have."),
                            QStringLiteral("%1 refers to paragraph %2 of %3")
                                .arg(what)
                                .arg(index)
                                .arg(doc.paragraphs.size())});
    };
    for (qsizetype i = 0; i < doc.votes.size(); ++i) {
        const RecordedVote &v = doc.votes[i];
        if (outOfRange(v.paragraph, -1))
            return refused(QStringLiteral("vote %1").arg(i), v.paragraph);
        if (outOfRange(v.subjectParagraph, -1))
            return refused(QStringLiteral("the subject of vote %1").arg(i), v.subjectParagraph);
    }
    for (qsizetype i = 0; i < doc.resolution.size(); ++i) {
        if (outOfRange(doc.resolution[i].paragraph, 0))
            return refused(QStringLiteral("resolution paragraph %1").arg(i),
                           doc.resolution[i].paragraph);
    }
    return success();
}

std::optional<qint64> paragraphId(const QList<qint64> &ids, int index)
{
    if (index < 0)
        return std::nullopt;
    return ids[index];
}

// -1 (and any other negative) is RecordedVote's "the document states no figure".
std::optional<int> statedFigure(int figure)
{
    if (figure < 0)
        return std::nullopt;
    return figure;
}

} // namespace

VoteWriter::VoteWriter(Database &db) : m_db(db) {}

Status VoteWriter::write(qint64 documentId, const ParsedDocument &doc,
                         const QList<qint64> &paragraphIds)
{
    if (paragraphIds.size() != doc.paragraphs.size()) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("The recorded votes could not be matched to the paragraphs."),
                     QStringLiteral("%1 paragraph ids for %2 paragraphs")
                         .arg(paragraphIds.size())
                         .arg(doc.paragraphs.size())};
    }
    if (auto checked = checkParagraphIndices(doc); !checked)
        return checked;
    if (auto removed = removeOld(documentId); !removed)
        return removed;
    if (auto written = writeVotes(documentId, doc.votes, paragraphIds); !written)
        return written;
    if (auto written = writeSponsors(documentId, doc.sponsorships); !written)
        return written;
    return writeResolution(documentId, doc.resolution, paragraphIds);
}

Status VoteWriter::removeOld(qint64 documentId)
{
    // Nothing here has an identity worth keeping (see 0002_votes.sql), so a re-import deletes and
    // rewrites. Entries and notes go with their vote (ON DELETE CASCADE). For a new document
    // these find nothing, through the document_id indexes.
    return runEachWithKey(m_db,
                          {"DELETE FROM vote WHERE document_id = ?1",
                           "DELETE FROM sponsor WHERE document_id = ?1",
                           "DELETE FROM resolution_paragraph WHERE document_id = ?1"},
                          documentId);
}

Status VoteWriter::writeVotes(qint64 documentId, const QList<RecordedVote> &votes,
                              const QList<qint64> &paragraphIds)
{
    if (votes.isEmpty())
        return success(); // most documents are not committee reports: prepare nothing
    auto vote = Statement::prepare(m_db, R"(
        INSERT INTO vote (document_id, ordinal, label, subject, subject_kind, subject_number,
                          draft_symbol, outcome, date, meeting, stated_yes, stated_no,
                          stated_abstain, paragraph_id, subject_paragraph_id, page)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16))");
    auto entry = Statement::prepare(m_db, R"(
        INSERT INTO vote_entry (vote_id, position, ordinal, written, entity_code)
        VALUES (?1, ?2, ?3, ?4, ?5))");
    auto note = Statement::prepare(m_db, R"(
        INSERT INTO vote_note (vote_id, ordinal, written, entity_code, intended, text)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))");
    if (!vote)
        return vote.error();
    if (!entry)
        return entry.error();
    if (!note)
        return note.error();

    for (qsizetype i = 0; i < votes.size(); ++i) {
        const RecordedVote &v = votes[i];
        vote->bind(1, documentId)
            .bind(2, static_cast<qint64>(i))
            .bind(3, v.label)
            .bind(4, v.subject)
            .bind(5, voteSubjectKindName(v.subjectKind))
            .bind(6, v.subjectNumber)
            .bind(7, nullIfEmpty(v.draftSymbol))
            .bind(8, nullIfEmpty(v.outcome))
            .bind(9, encodeDate(v.date))
            .bind(10, v.meeting)
            .bind(11, statedFigure(v.statedYes))
            .bind(12, statedFigure(v.statedNo))
            .bind(13, statedFigure(v.statedAbstain))
            .bind(14, paragraphId(paragraphIds, v.paragraph))
            .bind(15, paragraphId(paragraphIds, v.subjectParagraph))
            .bind(16, v.page);
        if (auto ran = vote->run(); !ran)
            return ran;
        const qint64 voteId = m_db.lastInsertRowId();

        const std::pair<VotePosition, const QList<NamedEntity> *> lists[] = {
            {VotePosition::Yes, &v.yes},
            {VotePosition::No, &v.no},
            {VotePosition::Abstain, &v.abstain}};
        for (const auto &[position, list] : lists) {
            const QString name = votePositionName(position);
            for (qsizetype n = 0; n < list->size(); ++n) {
                entry->bind(1, voteId)
                    .bind(2, name)
                    .bind(3, static_cast<qint64>(n))
                    .bind(4, list->at(n).written)
                    .bind(5, nullIfEmpty(list->at(n).entityCode));
                if (auto ran = entry->run(); !ran)
                    return ran;
            }
        }
        for (qsizetype n = 0; n < v.notes.size(); ++n) {
            const VoteNote &vn = v.notes[n];
            note->bind(1, voteId)
                .bind(2, static_cast<qint64>(n))
                .bind(3, vn.state.written)
                .bind(4, nullIfEmpty(vn.state.entityCode))
                .bind(5, votePositionName(vn.intended))
                .bind(6, vn.text);
            if (auto ran = note->run(); !ran)
                return ran;
        }
    }
    return success();
}

Status VoteWriter::writeSponsors(qint64 documentId, const QList<Sponsorship> &sponsorships)
{
    if (sponsorships.isEmpty())
        return success();
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO sponsor (document_id, sponsorship, draft_symbol, role, ordinal, written,
                             entity_code)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))");
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < sponsorships.size(); ++i) {
        const Sponsorship &s = sponsorships[i];
        const std::pair<const char *, const QList<NamedEntity> *> roles[] = {
            {kMainSponsorRole, &s.main}, {kJoinedSponsorRole, &s.joined}};
        for (const auto &[role, list] : roles) {
            for (qsizetype n = 0; n < list->size(); ++n) {
                insert->bind(1, documentId)
                    .bind(2, static_cast<qint64>(i))
                    .bind(3, nullIfEmpty(s.draftSymbol))
                    .bind(4, QString::fromLatin1(role))
                    .bind(5, static_cast<qint64>(n))
                    .bind(6, list->at(n).written)
                    .bind(7, nullIfEmpty(list->at(n).entityCode));
                if (auto ran = insert->run(); !ran)
                    return ran;
            }
        }
    }
    return success();
}

Status VoteWriter::writeResolution(qint64 documentId, const QList<ResolutionParagraph> &resolution,
                                   const QList<qint64> &paragraphIds)
{
    if (resolution.isEmpty())
        return success();
    auto insert = Statement::prepare(m_db, R"(
        INSERT INTO resolution_paragraph (document_id, ordinal, operative, number, paragraph_id)
        VALUES (?1, ?2, ?3, ?4, ?5))");
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < resolution.size(); ++i) {
        const ResolutionParagraph &r = resolution[i];
        insert->bind(1, documentId)
            .bind(2, static_cast<qint64>(i))
            .bind(3, r.operative ? 1 : 0)
            .bind(4, r.number)
            .bind(5, paragraphIds[r.paragraph]);
        if (auto ran = insert->run(); !ran)
            return ran;
    }
    return success();
}

} // namespace Rapporteur::Storage
