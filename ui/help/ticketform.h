#pragma once
#include "services/ticketdraft.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace okpay {

class FaqSuggestionBox;
class FieldErrorLabel;
class SupportService;
class TicketAttachmentList;

// "New ticket": topic, subject, description, the transaction it is about, files and a blacked-out screenshot,
// optional diagnostics (shown before sending), FAQ articles suggested while typing. The draft is kept in the cache
// and restored; Send runs the secret check, then queues the ticket in the outbox (sent when online, never lost).
class TicketForm : public QWidget
{
    Q_OBJECT

public:
    using SuggestionProvider = std::function<QList<std::pair<QString, QString>>(const QString &text)>;
    using ConfirmSend = std::function<bool(QString *text)>;  // may change the text (masking); false: do not send

    explicit TicketForm(SupportService *support, QWidget *parent = nullptr);
    ~TicketForm() override;

    void setRelatedTransaction(const QString &transactionId);  // "Get help with this transaction"; "" = None
    void setRelatedTicket(const QString &ticketId, const QString &number);  // a follow-up to an old ticket
    void setScreenshotSource(QWidget *source);
    void setSuggestionProvider(SuggestionProvider provider);
    void setConfirmSend(ConfirmSend confirm) { m_confirmSend = std::move(confirm); }
    void addAttachmentFile(const QString &path);
    void reloadTransactions();  // after a sync brought new ones
    TicketDraft currentDraft() const;
    void saveDraft();

signals:
    void articleRequested(const QString &articleId);
    void ticketQueued(const QString &outboxId);
    void closeRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void restoreDraft();
    void changed();
    bool validate();
    void submit();
    void setBusy(bool busy);
    void refreshDiagnostics();
    void clearForm();
    QPointer<SupportService> m_support;
    ConfirmSend m_confirmSend;
    QTimer m_saveSoon;
    bool m_restoring = false;
    bool m_busy = false;
    QString m_relatedTicketId;
    QString m_relatedTicketNumber;
    QComboBox *m_category;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    FaqSuggestionBox *m_suggestions;
    QComboBox *m_transaction;
    QLabel *m_relatedTicket;
    QPushButton *m_unlinkTicket;
    TicketAttachmentList *m_attachments;
    QCheckBox *m_includeDiagnostics;
    QPlainTextEdit *m_diagnostics;
    FieldErrorLabel *m_categoryError;
    FieldErrorLabel *m_subjectError;
    FieldErrorLabel *m_descriptionError;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_cancel;
};

} // namespace okpay
