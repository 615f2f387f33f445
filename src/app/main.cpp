// rapporteur: the desktop application. Parses its options and shows the main window; everything
// else lives in rp_gui and the core libraries.
#include "gui/applicationfont.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/translation.h"
#include "workflow/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>

using namespace Rapporteur;

namespace {

// --screenshot: once the corpus (and the --select'ed submission) is on show, save the window as
// a PNG and quit. For documentation and for looking at the window on a headless machine.
void takeScreenshotWhenReady(Gui::MainWindow &window, const QString &file, const QString &select)
{
    const auto capture = [&window, file] {
        // Let the shown text lay out and paint once before grabbing.
        QTimer::singleShot(200, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "error: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(&window, &Gui::MainWindow::submissionShown, &window, capture);
    QObject::connect(&window, &Gui::MainWindow::corpusShown, &window, [&window, select, capture] {
        if (select.isEmpty()) {
            capture();
        } else if (!window.selectEntity(select)) {
            std::fprintf(stderr, "error: no submission of %s\n", qPrintable(select));
            QCoreApplication::exit(1);
        }
    });
    QObject::connect(&window, &Gui::MainWindow::databaseFailed, &window,
                     [](const QString &message) {
                         std::fprintf(stderr, "error: %s\n", qPrintable(message));
                         QCoreApplication::exit(1);
                     });
    QTimer::singleShot(30'000, &window, [] {
        std::fprintf(stderr, "error: the window was not ready within 30 s\n");
        QCoreApplication::exit(2);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapporteur"));  // as the CLI: same database
    QApplication::setOrganizationName(QStringLiteral("rapporteur")); // ~/.config/rapporteur/
    QApplication::setApplicationDisplayName(QStringLiteral("Rapporteur"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORTEUR_VERSION));
    {
        // Before any widget or --help text exists: both are translated when they are built.
        const Gui::AppSettings settings;
        Gui::installTranslation(settings.language());
        Gui::applyInterfaceFont(settings);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read and compare United Nations documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database FILE."),
                                      QStringLiteral("FILE"), Workflow::defaultDatabasePath());
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QApplication::translate("main", "Show the submission of the state or organization CODE."),
        QStringLiteral("CODE"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as a PNG FILE once shown, then quit."),
        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, selectOption, screenshotOption});
    parser.process(app);

    if (parser.isSet(screenshotOption)) {
        // Screenshots show the interface the documentation describes, whatever the user chose.
        Gui::installTranslation(QStringLiteral("en"));
        Gui::applySimplifiedChineseFont();
    }
    Gui::MainWindow window;
    const QString select = parser.value(selectOption);
    if (parser.isSet(screenshotOption)) {
        // A fixed size and no saved layout, so that screenshots look the same everywhere.
        window.resize(1280, 800);
        takeScreenshotWhenReady(window, parser.value(screenshotOption), select);
    } else {
        window.restoreLayout();
        if (!select.isEmpty()) {
            QObject::connect(
                &window, &Gui::MainWindow::corpusShown, &window,
                [&window, select] { window.selectEntity(select); }, Qt::SingleShotConnection);
        }
    }
    window.show();
    window.openDatabase(QDir::cleanPath(parser.value(dbOption)));
    return QApplication::exec();
}
