#pragma once
// The in-app manual (F1, Help menu): the workflows of a policy officer in Dutch, and an overview
// of the keyboard shortcuts read from the window's own actions, so it never disagrees with them.
#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace regio::ui {

class ManualDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualDialog(QWidget* parent = nullptr);

    // Rebuilds the text with the shortcuts of these actions (menus and window).
    void setActions(const QList<QAction*>& actions);
    // Scrolls to a section: "zoeken", "driehoek", "vergelijken", "presenteren", "exporteren",
    // "register", "importeren", "sneltoetsen".
    void showSection(const QString& anchor);
    QString html() const;

private:
    QTextBrowser* m_browser = nullptr;
};

// The shortcut overview as an HTML table: action text (without '&') and its key sequence(s).
QString shortcutTableHtml(const QList<QAction*>& actions);

} // namespace regio::ui
