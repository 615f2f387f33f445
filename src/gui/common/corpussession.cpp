#include "corpussession.h"

namespace Rapporteur::Gui {

CorpusSession::CorpusSession(QObject *parent) : QObject(parent) {}

void CorpusSession::open(const QString &path)
{
    if (path == m_path) {
        notify(Change::Documents);
        return;
    }
    m_path = path;
    notify(Change::Database);
}

void CorpusSession::notify(Changes what)
{
    emit changed(what);
}

} // namespace Rapporteur::Gui
