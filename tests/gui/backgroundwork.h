#pragma once

#include <QCoreApplication>
#include <QThreadPool>

namespace Rapporteur::Test {

// Lets every worker of the global thread pool (where the views read) finish, then delivers what
// they posted to this thread. After it, a superseded read has been dropped or a second run has
// reported: a test asserts that nothing more arrived without waiting for a guessed time.
inline void finishBackgroundWork()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace Rapporteur::Test
