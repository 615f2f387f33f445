#pragma once

#include <QByteArray>
#include <QString>

namespace Rapporteur::Storage {

class Statement;

// Which recorded plenary votes to read: every condition given must hold; none given reads every
// roll call.
struct RollCallQuery
{
    QString session;    // "74", "ES-10"
    QString resolution; // "A/RES/74/19", as the file writes it
    // Regular sessions firstSession to lastSession, both included (emergency special sessions,
    // "ES-10", are in no such range); 0: no range.
    int firstSession = 0;
    int lastSession = 0;
    QString draft;              // "A/C.1/79/L.53/Rev.1": the roll calls on it
    QString issue;              // one of Voeten's issue codes ("nu"): roll calls coded with it
    bool importantOnly = false; // only roll calls coded important (Voeten's `importantvote`)
    // Words that the title, agenda title, short title or description holds, ignoring ASCII case
    // ("nuclear", "self-determination"): the search over titles of the blocs analyses.
    QString titleContains;

    static RollCallQuery ofSession(const QString &session)
    {
        RollCallQuery query;
        query.session = session;
        return query;
    }
    static RollCallQuery ofDraft(const QString &draft)
    {
        RollCallQuery query;
        query.draft = draft;
        return query;
    }
    static RollCallQuery ofResolution(const QString &resolution)
    {
        RollCallQuery query;
        query.resolution = resolution;
        return query;
    }

    // The condition on table roll_call as SQL (" WHERE …", parameters ?1 to ?8), and its
    // parameters bound: the one rule every reader of chosen roll calls applies.
    static QByteArray whereSql();
    void bindTo(Statement &statement) const;
};

} // namespace Rapporteur::Storage
