import type { Translation } from '../types.js';
import type { CommonStrings } from '../en/common.js';

/** German for every common message (typed: a missing key is a compile error). */
export const deCommon: Translation<CommonStrings> = {
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  close: 'Schließen',
  loading: 'Wird geladen…',
  empty: 'Noch nichts vorhanden.',
  stale: 'Gespeicherte Daten; wird aktualisiert…',
  staleFailed: 'Aktualisierung fehlgeschlagen. Die zuletzt geladenen Daten werden angezeigt.',
  retrying: 'Der Server ist ausgelastet; neuer Versuch in {seconds} s…',
  'error.validation': 'Einige Werte sind ungültig.',
  'error.auth': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'error.forbidden': 'Sie haben keinen Zugriff.',
  'error.not-found': 'Nicht gefunden. Es wurde möglicherweise entfernt.',
  'error.conflict': 'Dies wurde zwischenzeitlich geändert. Laden Sie neu und versuchen Sie es erneut.',
  'error.rate-limited': 'Zu viele Anfragen. Versuchen Sie es in {seconds} s erneut.',
  'error.rate-limited-now': 'Zu viele Anfragen. Versuchen Sie es gleich erneut.',
  'error.http': 'Der Server hatte ein Problem. Versuchen Sie es erneut.',
  'error.network': 'Keine Verbindung zum Server. Prüfen Sie Ihr Netzwerk.',
  'error.timeout': 'Der Server hat zu lange gebraucht.',
  'error.invalid-response': 'Der Server hat unlesbare Daten gesendet.',
  noConfig: 'Nicht eingerichtet: Adapter und Organisation festlegen.',
  credits: { one: '{count} Credit', other: '{count} Credits' },
};
