#include "votefilekind.h"

namespace Rapporteur::RollCalls {

namespace {
bool hasColumns(const CsvRecord &header, std::initializer_list<const char *> names)
{
    if (header.fields.size() != qsizetype(names.size()))
        return false;
    qsizetype i = 0;
    for (const char *name : names) {
        if (header.fields[i++].text != name)
            return false;
    }
    return true;
}
} // namespace

std::optional<VoteFileKind> voteFileKind(const CsvRecord &header)
{
    if (hasColumns(header, {"undl_id", "ms_code", "ms_name", "ms_vote", "date", "session",
                            "resolution", "draft", "committee_report", "meeting", "title",
                            "agenda_title", "subjects", "vote_note", "total_yes", "total_no",
                            "total_abstentions", "total_non_voting", "total_ms", "undl_link"}) ||
        hasColumns(header, {"undl_id", "ms_code", "ms_name", "ms_vote", "date", "session",
                            "resolution", "draft", "committee_report", "meeting", "title",
                            "agenda_title", "subjects", "total_yes", "total_no",
                            "total_abstentions", "total_non_voting", "total_ms", "undl_link"}))
        return VoteFileKind::Undl;
    if (hasColumns(header, {"rcid", "country", "country_code", "vote"}))
        return VoteFileKind::VoetenVotes;
    if (hasColumns(header, {"rcid", "session", "importantvote", "date", "unres", "amend", "para",
                            "short", "descr"}))
        return VoteFileKind::VoetenRollCalls;
    if (hasColumns(header, {"rcid", "short_name", "issue"}))
        return VoteFileKind::VoetenIssues;
    return std::nullopt;
}

QString voteFileKindName(VoteFileKind kind)
{
    switch (kind) {
    case VoteFileKind::Undl:
        return QStringLiteral("UN Digital Library vote file");
    case VoteFileKind::VoetenVotes:
        return QStringLiteral("un_votes");
    case VoteFileKind::VoetenRollCalls:
        return QStringLiteral("un_roll_calls");
    case VoteFileKind::VoetenIssues:
        break;
    }
    return QStringLiteral("un_roll_call_issues");
}

} // namespace Rapporteur::RollCalls
