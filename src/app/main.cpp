// rapporteur: the desktop application. Parses its options and shows the main window; everything
// else lives in rp_gui and the core libraries.
#include "screenshot.h"

#include "gui/settings/applicationfont.h"
#include "gui/settings/appsettings.h"
#include "gui/settings/translation.h"
#include "gui/window/mainwindow.h"
#include "workflow/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Rapporteur;

namespace {

// The application's options: those in --help, and the hidden ones tools/screenshots uses to say
// what the window shows when it is grabbed.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Open the database FILE."),
                          QStringLiteral("FILE"), Workflow::defaultDatabasePath()};
    QCommandLineOption select{QStringLiteral("select"),
                              QCoreApplication::translate(
                                  "main", "Show the submission of the state or organization CODE."),
                              QStringLiteral("CODE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window as a PNG FILE once shown, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption compare{QStringLiteral("compare"), QStringLiteral("CODES side by side"),
                               QStringLiteral("CODES")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("CODE's profile"),
                               QStringLiteral("CODE")};
    QCommandLineOption plenaryRecord{QStringLiteral("plenary-record"),
                                     QStringLiteral("the profile's General Assembly record")};
    QCommandLineOption record{QStringLiteral("record"),
                              QStringLiteral("the Voting record tab over sessions A-B"),
                              QStringLiteral("A-B")};
    QCommandLineOption vote{QStringLiteral("vote"), QStringLiteral("the vote LABEL"),
                            QStringLiteral("LABEL")};
    QCommandLineOption search{QStringLiteral("search"), QStringLiteral("hits of QUERY"),
                              QStringLiteral("QUERY")};
    QCommandLineOption concordance{QStringLiteral("concordance"),
                                   QStringLiteral("the concordance of TERM"),
                                   QStringLiteral("TERM")};
    QCommandLineOption references{QStringLiteral("references"), QStringLiteral("what cites TARGET"),
                                  QStringLiteral("TARGET")};
    QCommandLineOption coding{QStringLiteral("coding"),
                              QStringLiteral("code the selected submission")};
    QCommandLineOption codingAnalysis{QStringLiteral("coding-analysis"),
                                      QStringLiteral("then its code × state matrix")};
    QCommandLineOption blocs{QStringLiteral("blocs"), QStringLiteral("the voting blocs")};
    QCommandLineOption group{QStringLiteral("group"), QStringLiteral("the cohesion of GROUP"),
                             QStringLiteral("GROUP")};
    QCommandLineOption document{QStringLiteral("document"),
                                QStringLiteral("the text of SYMBOL at its first table"),
                                QStringLiteral("SYMBOL")};
    QCommandLineOption versions{QStringLiteral("versions"),
                                QStringLiteral("CODE's submission in two languages"),
                                QStringLiteral("CODE")};
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("interface language zh or en"),
                                QStringLiteral("LANG"), QStringLiteral("en")};

    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Read and compare United Nations documents."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (QCommandLineOption *option : {&screenshot, &compare, &profile, &plenaryRecord, &vote,
                                           &language, &search, &concordance, &references, &coding,
                                           &codingAnalysis, &blocs, &group, &document, &versions})
            option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({db, select, screenshot, compare, profile, plenaryRecord, record, vote,
                           language, search, concordance, references, coding, codingAnalysis, blocs,
                           group, document, versions});
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("rapporteur")); // as the CLI: same database
    QCoreApplication::setOrganizationName(QStringLiteral("rapporteur")); // ~/.config/rapporteur/
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORTEUR_VERSION));
}

// --help and --version print and quit. A QApplication without a display aborts, so these run on
// a core application, which needs none: over ssh, in a package's post-install check, in CI.
bool onlyPrintsText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int printText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    Gui::installTranslation(Gui::AppSettings().language());
    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyPrintsText(argc, argv))
        return printText(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Rapporteur"));
    {
        // Before any widget or --help text exists: both are translated when they are built.
        const Gui::AppSettings settings;
        Gui::installTranslation(settings.language());
        Gui::applyInterfaceFont(settings);
    }

    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app);

    if (parser.isSet(options.screenshot)) {
        // Screenshots show the interface the documentation describes, whatever the user chose.
        Gui::installTranslation(parser.value(options.language));
        Gui::applySimplifiedChineseFont();
    }
    Gui::MainWindow window;
    const QString select = parser.value(options.select);
    if (parser.isSet(options.screenshot)) {
        // A fixed size and no saved layout, so that screenshots look the same everywhere.
        window.resize(1280, 800);
        App::ScreenshotScene scene;
        scene.file = parser.value(options.screenshot);
        scene.select = select;
        scene.compare = parser.value(options.compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
        scene.profile = parser.value(options.profile);
        scene.plenaryRecord = parser.isSet(options.plenaryRecord);
        scene.record = parser.value(options.record);
        scene.vote = parser.value(options.vote);
        scene.search = parser.value(options.search);
        scene.concordance = parser.value(options.concordance);
        scene.references = parser.value(options.references);
        scene.coding = parser.isSet(options.coding);
        scene.codingAnalysis = parser.isSet(options.codingAnalysis);
        scene.blocs = parser.isSet(options.blocs);
        scene.group = parser.value(options.group);
        scene.document = parser.value(options.document);
        scene.versions = parser.value(options.versions);
        App::takeScreenshotWhenReady(window, scene);
    } else {
        window.restoreLayout();
        if (!select.isEmpty()) {
            QObject::connect(
                &window, &Gui::MainWindow::corpusShown, &window,
                [&window, select] { window.selectEntity(select); }, Qt::SingleShotConnection);
        }
    }
    window.show();
    window.openDatabase(QDir::cleanPath(parser.value(options.db)));
    return QApplication::exec();
}
