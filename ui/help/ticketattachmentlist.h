#pragma once
#include "services/supportattachmentfile.h"
#include "services/ticketdraft.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace okpay {

class FieldErrorLabel;
class SupportService;

// The files on a ticket or reply: "Attach files…" (each file checked by its bytes on a worker thread and listed only
// when the server would take it), "Attach a screenshot of this window" (previewed with the black-out tool), Remove,
// and the rules (5 files, 10 MB each, PNG/JPEG/PDF/text) with a clear error when a file breaks them.
class TicketAttachmentList : public QWidget
{
    Q_OBJECT

public:
    // namePrefix: objectName prefix, "ticket" or "reply".
    TicketAttachmentList(SupportService *support, const QString &namePrefix, QWidget *parent = nullptr);

    void setScreenshotSource(QWidget *source);  // the window the screenshot button grabs; none hides the button
    QList<DraftAttachment> attachments() const { return m_files; }
    void setAttachments(const QList<DraftAttachment> &files);
    void addFile(const QString &path);  // checked first, listed when fine
    void addScreenshot(const QByteArray &png);
    void attachScreenshot();  // grabs the source and opens the black-out preview (non-modal to the event loop)
    bool isChecking() const { return !m_checking.isEmpty(); }
    void clear();

signals:
    void changed();

private:
    void browse();
    bool hasRoom();
    void fileChecked(const QString &path, SupportAttachmentFile::Check check);
    void refresh();
    SupportService *m_support;
    QString m_prefix;
    QPointer<QWidget> m_source;
    QList<DraftAttachment> m_files;
    QStringList m_checking;
    QListWidget *m_list;
    QPushButton *m_addFiles;
    QPushButton *m_screenshot;
    QPushButton *m_remove;
    QLabel *m_rules;
    FieldErrorLabel *m_error;
};

} // namespace okpay
