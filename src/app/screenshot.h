#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur::Gui {
class MainWindow;
}

namespace Rapporteur::App {

// What --screenshot shows: the window once the corpus has loaded, with any of these on show.
struct ScreenshotScene
{
    QString file;                // the PNG to write
    QString select;              // a state whose submission the reader shows
    QStringList compare;         // states side by side (the side-by-side tab is shown)
    QString profile;             // a state whose profile the profile dock shows
    bool plenaryRecord = false;  // at its General Assembly tab, with the centre's tabs closed up
    QString record;              // the Voting record tab over sessions "A-B", analysed
    QString vote;                // a vote label ("(c)") the votes dock shows
    QString search;              // a query whose hits the search dock shows
    QString concordance;         // a term the concordance tab shows
    QString references;          // a cited target the references tab shows
    bool coding = false;         // codes the selected submission and shows the codebook dock
    bool codingAnalysis = false; // then shows the code × state matrix of the coding analysis
    bool blocs = false;          // the voting blocs tab: heat map and dendrogram
    QString group;               // the voting blocs tab's cohesion of a group (WEOG)
    QString document;            // a document whose whole text the reader shows, at its first table
    QString versions;            // a state whose submission the Versions tab shows in two languages
};

// Sets the scene up once the corpus is on show, waits until every part of it has loaded, saves
// the window as a PNG and quits (exit code 0, or 1 on a failure, 2 after 30 s).
void takeScreenshotWhenReady(Gui::MainWindow &window, const ScreenshotScene &scene);

} // namespace Rapporteur::App
