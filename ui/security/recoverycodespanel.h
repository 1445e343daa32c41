#pragma once
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace okpay {

// Recovery codes shown this once (after turning on two-factor authentication or generating new ones), with Copy
// and "Save to file…". The codes are dropped from the widget when the user is done.
class RecoveryCodesPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; "" = cancelled. The app asks with a file dialog; tests answer with a path.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit RecoveryCodesPanel(QWidget *parent = nullptr);
    void showCodes(const QStringList &codes, bool replacedOldCodes);
    void clear();
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void done();

private:
    void copy();
    void save();
    QLabel *m_warning;  // after generating new codes: the old ones are gone
    QLabel *m_note;
    QPlainTextEdit *m_codes;
    QLabel *m_result;
    FileChooser m_chooseFile;
};

} // namespace okpay
