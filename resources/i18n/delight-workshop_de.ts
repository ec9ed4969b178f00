<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation>Über Delight Workshop</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Better service comes from the people who give it: the team brings its own ideas to delight customers, names the obstacles in the way and the hero stories worth repeating, votes, and leaves with an action plan that management helps carry out.</source>
        <translation>Besserer Service kommt von den Menschen, die ihn leisten: Das Team bringt eigene Ideen ein, um Kunden zu begeistern, benennt die Hindernisse im Weg und die Heldengeschichten, die es wert sind, wiederholt zu werden, stimmt ab und geht mit einem Aktionsplan nach Hause, bei dessen Umsetzung die Leitung hilft.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation>Freie Software unter der MIT-Lizenz. Enthält die Schriften DejaVu Sans (Bitstream-Vera-Lizenz), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola und HanaMinB (freie Lizenzen).</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation>Qt %1, PySide6 %2, Python %3 unter %4</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation>Wer es umsetzt</translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation>Der allernächste Schritt, diese Woche</translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation>Was die Leitung zur Unterstützung tut</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Strg+S oder Eingabe in einem Feld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>F&amp;ällig</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation>&amp;Benötigte Hilfe</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Benötigte Hilfe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture &amp;Delight Ideas</source>
        <translation>&amp;Begeisterungsideen erfassen</translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation>&amp;Hindernisse erfassen</translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation>H&amp;eldengeschichten erfassen</translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation>&amp;Mehrwertideen erfassen</translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation>Nächste &amp;Art</translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation>Wechseln, welche Art die nächste Karte hat: Begeisterungsidee, Hindernis, Heldengeschichte, Mehrwertidee</translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation>Die nächsten Karten sind von dieser Art</translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation>Nächste &amp;Person</translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation>Wer die nächste Karte gesagt hat: die nächste Person oder kein Name</translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation>Vorige Person</translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation>Wer die nächste Karte gesagt hat: die vorige Person</translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation>St&amp;iller Modus</translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation>Neue Karten erst nach dem Aufdecken auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation>Verdeckte Karten auf&amp;decken</translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation>Alle im stillen Modus zurückgehaltenen Karten auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation>Aus Eintrag eine &amp;Maßnahme machen</translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation>Den ausgewählten Eintrag der Rangliste in eine Maßnahme verwandeln</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation>Die letzte Änderung am Buch rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Die eben rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>Karte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation>Text, Art oder Urheber der ausgewählten Karte ändern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation>Die Auswahl löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation>In Thema &amp;verschieben…</translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation>Die ausgewählten Karten in ein Thema legen</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Neues &amp;Thema…</translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation>Ein Thema hinzufügen (mit den ausgewählten Karten darin)</translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation>Thema &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation>Das Thema umbenennen, dessen Spalte den Fokus hat</translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation>T&amp;hema löschen</translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation>Ein Thema löschen; seine Karten bleiben, ohne Gruppe</translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation>Du&amp;plikate zusammenführen</translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation>Die ausgewählten Karten in die älteste zusammenführen; alle Urheber und Stimmen bleiben erhalten</translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation>Duplikate &amp;trennen</translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation>Die zusammengeführten Duplikate der ausgewählten Karte wieder einzeln stellen</translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation>Aktionsplan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation>Den Aktionsplan der Sitzung als PDF zum Verteilen speichern</translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation>Aktionsplan &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation>Den Aktionsplan der Sitzung drucken</translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation>Als &amp;CSV (Tabelle)…</translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation>Karten, Stimmen und Maßnahmen der Sitzung für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation>Die Sitzung als Textdokument</translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation>Fälligkeiten in den &amp;Kalender…</translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation>Die Fälligkeitsdaten der Maßnahmen als Kalenderdatei</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Neues Buch…</translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation>Ein neues Workshop-Buch anlegen (eine Datei pro Team)</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>Buch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Ein Workshop-Buch öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation>Kürzlich geöffnete Bücher</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation>Das Formular speichern, das Sie gerade ausfüllen; das Buch selbst speichert jede Änderung sofort</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation>Eine Kopie des ganzen Buchs in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>Buch s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation>Das Buch schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation>Delight Workshop beenden</translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation>Rundgang durch die Phasen</translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation>Die Schritte einer Sitzung noch einmal durchgehen, je eine Zeile</translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation>Über Delight Workshop</translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation>Version, die Methode hinter der App, Lizenz</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation>Eine Sitzung aus einer Vorlage beginnen; Fragen, Teilnehmende und Einstellungen anpassen</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>Sitzungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation>Titel, Datum, Teilnehmende, Fragen, Anonymität und Abstimmungsgrenzen</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation>Diese Sitzung mit allem Inhalt löschen</translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation>&amp;Vorige Phase</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Zur vorigen Phase zurückgehen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>Nä&amp;chste Phase</translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation>Zur nächsten Phase der Sitzung gehen</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>Timer s&amp;tarten</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Den Rundentimer starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>Eine Minute &amp;dazu</translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation>Eine Minute mehr auf dem Timer</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>Timer &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation>Den Timer auf die Rundenlänge zurücksetzen</translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation>Runden&amp;länge…</translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation>Wie viele Minuten eine Runde dauert</translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation>&amp;Sitzungsliste</translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation>Die Liste der Sitzungen zeigen oder verbergen (mehr Platz auf kleinen Bildschirmen)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation>Zwischen hellen und dunklen Farben wechseln</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation>Den ganzen Bildschirm für die Konsole nutzen</translation>
    </message>
    <message>
        <source>Sound When Time Is &amp;Up</source>
        <translation>&amp;Ton bei Zeitablauf</translation>
    </message>
    <message>
        <source>Play a chime when the round timer reaches zero</source>
        <translation>Einen Gong spielen, wenn der Rundentimer bei null ankommt</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation>Die Sprache der App (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Alle Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Open or close the projector view: full screen on a second screen, or over the console with one screen (Esc or F5 comes back)</source>
        <translation>Die Projektoransicht öffnen oder schließen: Vollbild auf einem zweiten Bildschirm oder über der Konsole bei nur einem Bildschirm (Esc oder F5 führt zurück)</translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation>Nächste Projektorseite</translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation>Die nächste Seite der Wand oder Liste auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation>Vorige Projektorseite</translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation>Die vorige Seite der Wand oder Liste auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation>&amp;Hindernis-Tafel</translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation>Alle Hindernisse des Buchs, ihr Status und wer sie beseitigen kann</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Anerkennung</translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation>Mitarbeitende nach Heldengeschichten gereiht; eine Urkunde drucken</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation>Sitzungen, Beiträge, Maßnahmen und Hindernisse im ganzen Buch</translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation>Kunden&amp;feedback importieren…</translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation>Die CSV-Datei eines Umfragewerkzeugs mit Kundenfeedback in Heldengeschichten verwandeln</translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation>Mehrwertideen aus dem &amp;Ideenspeicher holen…</translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation>Frühere, noch nicht umgesetzte Mehrwertideen in die Abstimmung dieser Sitzung kopieren</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation>Die Punktabstimmung mit den auf der Seite „Abstimmen“ gesetzten Grenzen öffnen</translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation>Abstimmung schließen und aufdecken</translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation>Die Abstimmung schließen und das Ergebnis auf dem Projektor zeigen</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>The recovery playbook: each mishap&apos;s apology, fix and extra, and how it went</source>
        <translation>Der Wiedergutmachungs-Leitfaden: zu jedem Missgeschick Entschuldigung, Lösung und Zugabe, und wie es lief</translation>
    </message>
    <message>
        <source>Recovery &amp;Playbook as PDF…</source>
        <translation>Wiedergutmachungs-&amp;Leitfaden als PDF…</translation>
    </message>
    <message>
        <source>The recovery playbook, a page per mishap in large type</source>
        <translation>Der Wiedergutmachungs-Leitfaden, eine Seite pro Missgeschick in großer Schrift</translation>
    </message>
    <message>
        <source>Recovery Poc&amp;ket Cards…</source>
        <translation>&amp;Taschenkarten zur Wiedergutmachung…</translation>
    </message>
    <message>
        <source>Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise</source>
        <translation>Karten im Scheckkartenformat zum Ausschneiden: Missgeschick, Entschuldigung, Lösung, Zugabe, wer freigeben darf</translation>
    </message>
    <message>
        <source>Recovery Playbook as Markdo&amp;wn…</source>
        <translation>Wiedergutmachungs-Leitfaden als Markdo&amp;wn…</translation>
    </message>
    <message>
        <source>The recovery playbook as a text document</source>
        <translation>Der Wiedergutmachungs-Leitfaden als Textdokument</translation>
    </message>
    <message>
        <source>Recovery Playbook as CS&amp;V…</source>
        <translation>Wiedergutmachungs-Leitfaden als CS&amp;V…</translation>
    </message>
    <message>
        <source>The recovery playbook with its record of use, for a spreadsheet</source>
        <translation>Der Wiedergutmachungs-Leitfaden mit seinen erfassten Nutzungen, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Roll-&amp;up of Several Books…</source>
        <translation>&amp;Gesamtübersicht mehrerer Bücher…</translation>
    </message>
    <message>
        <source>Many teams&apos; books side by side, read-only: late actions, shared obstacles, hero stories</source>
        <translation>Die Bücher vieler Teams nebeneinander, nur lesend: verspätete Maßnahmen, gemeinsame Hindernisse, Heldengeschichten</translation>
    </message>
    <message>
        <source>Close the &amp;Room</source>
        <translation>&amp;Raum schließen</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>&amp;Raum öffnen…</translation>
    </message>
    <message>
        <source>Let the room join this session from their phones (or close the room)</source>
        <translation>Den Raum per Telefon an dieser Sitzung teilnehmen lassen (oder den Raum schließen)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation>Stiller Modus an: Neue Karten erscheinen erst nach dem Aufdecken auf dem Projektor.</translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation>Stiller Modus aus: Neue Karten erscheinen sofort auf dem Projektor.</translation>
    </message>
    <message>
        <source>Cards now on the projector: %1</source>
        <translation>Karten jetzt auf dem Projektor: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation>Exporte sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation>Aktionsplan als PDF exportieren</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder} (opened for you).</source>
        <translation>Die Datei ist im Ordner {folder} gespeichert (der Ordner wurde geöffnet).</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder}.</source>
        <translation>Die Datei ist im Ordner {folder} gespeichert.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Kein Programm zum Öffnen</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export Due Dates to a Calendar File</source>
        <translation>Fälligkeiten als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation>Aktionsplan drucken</translation>
    </message>
    <message>
        <source>Actions with a due date, saved as {name}: {n}.</source>
        <translation>Maßnahmen mit Fälligkeitsdatum, gespeichert als {name}: {n}.</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Jetzt öffnen?</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das {name} öffnet.</translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation>Der Aktionsplan wurde als {name} gespeichert.</translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation>Die Beiträge wurden als {name} gespeichert.</translation>
    </message>
    <message>
        <source>Actions without a due date, left out: {n}.</source>
        <translation>Ausgelassene Maßnahmen ohne Fälligkeitsdatum: {n}.</translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation>{name} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation>Alles ist bereits in „%1“: Jede Änderung wird gespeichert, sobald Sie sie machen.</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>Keine zuletzt geöffneten Bücher</translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation>Die Sitzung „%1“ mit allen Karten, Stimmen und Maßnahmen löschen? Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>Rundenlänge</translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation>Minuten für diese Runde:</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>Timer &amp;anhalten</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>Timer s&amp;tarten</translation>
    </message>
    <message>
        <source>Incomplete: every action needs an owner and a due date.</source>
        <translation>Unvollständig: Jede Maßnahme braucht eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message>
        <source>The playbook is empty: write an entry first (View &gt; Playbook).</source>
        <translation>Der Leitfaden ist leer: zuerst einen Eintrag schreiben (Ansicht &gt; Leitfaden).</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>The phones join over this network:</source>
        <translation>Die Telefone nehmen über dieses Netzwerk teil:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>Der Raum kann nicht auf %1 empfangen: %2</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-18; Alt+Down opens a calendar</source>
        <translation>Das Datum als 2026-12-18 eingeben; Alt+Ab öffnet einen Kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Das Datum in einem Kalender wählen (Alt+Ab)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for none</source>
        <translation>JJJJ-MM-TT, oder leer für keines</translation>
    </message>
    <message>
        <source>Type a date, such as 2026-12-18.</source>
        <translation>Ein Datum eingeben, etwa 2026-12-18.</translation>
    </message>
    <message>
        <source>“%1” is not a day on the calendar: type it as 2026-12-18.</source>
        <translation>„%1“ ist kein Tag im Kalender: als 2026-12-18 eingeben.</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Text noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You typed this but did not add it yet:</source>
        <translation>Sie haben dies getippt, aber noch nicht hinzugefügt:</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Diese Person</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not grouped yet</source>
        <translation>Noch nicht gruppiert</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>The book was changed by another program.</source>
        <translation>Das Buch wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation>Workshop-Bücher (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>Das Buch kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>Das Buch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation>„%1“ existiert bereits. Öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation>„%1“ wird verwendet: Es ist in einem anderen Delight-Workshop-Fenster geöffnet. Schließen Sie es dort zuerst oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the folder is read-only.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Some changes could not be recovered</source>
        <translation>Einige Änderungen konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and part of its journal was damaged: the book opened with every change up to the damaged part. A copy of the journal was kept as “%2” for recovery.</source>
        <translation>„%1“ wurde nicht ordnungsgemäß geschlossen und ein Teil seines Journals ist beschädigt: Das Buch wurde mit allen Änderungen bis zur beschädigten Stelle geöffnet. Eine Kopie des Journals wurde zur Wiederherstellung als „%2“ aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing can be changed; File &gt; Save a Copy As… makes a copy you can edit.</source>
        <translation>„%1“ ist schreibgeschützt: Nichts kann geändert werden; Datei &gt; Kopie speichern unter… erstellt eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>The book may be damaged</source>
        <translation>Das Buch ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>A check of “%1” found a problem: %2

What you add is still saved. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Eine Prüfung von „%1“ hat ein Problem gefunden: %2

Neue Eingaben werden weiterhin gespeichert. Jetzt eine Kopie sichern (Datei &gt; Kopie speichern unter…) und die früheren Kopien des Buchs aufbewahren, bis es geprüft wurde.</translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation>Neues Workshop-Buch</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Ein Workshop-Buch öffnen</translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation>Eine Kopie des Buchs speichern</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation>Wählen Sie einen anderen Namen als den des geöffneten Buchs.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Cards deleted: %1. Ctrl+Z brings them back.</source>
        <translation>Gelöschte Karten: %1. Strg+Z holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation>+%1 zusammengeführt</translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation>auf dem Projektor verdeckt</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation>Diese Sitzung ist anonym: Es werden keine Namen gespeichert.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Gewürdigt werden</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Gesagt von</translation>
    </message>
</context>
<context>
    <name>ClosedModel</name>
    <message>
        <source>Done since last time</source>
        <translation>Erledigt seit dem letzten Mal</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The book may be damaged</source>
        <translation>Das Buch ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>Part of the open book could not be read: its file is damaged. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Ein Teil des geöffneten Buchs konnte nicht gelesen werden: Seine Datei ist beschädigt. Jetzt eine Kopie sichern (Datei &gt; Kopie speichern unter…) und die früheren Kopien des Buchs aufbewahren, bis es geprüft wurde.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Einzelheiten wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation>Delight Workshop ist auf ein unerwartetes Problem gestoßen. Alles, was vorher eingegeben wurde, ist im Buch gespeichert; Sie können weitermachen.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>Sitzung</numerusform>
            <numerusform>Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>Beitrag</numerusform>
            <numerusform>Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>Maßnahme erledigt</numerusform>
            <numerusform>Maßnahmen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>Maßnahme offen</numerusform>
            <numerusform>Maßnahmen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>Hindernis beseitigt</numerusform>
            <numerusform>Hindernisse beseitigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>Hindernis im Weg</numerusform>
            <numerusform>Hindernisse im Weg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Sitzung vom %1 bis %2</numerusform>
            <numerusform>%n Sitzungen vom %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown-Dokumente (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words:</source>
        <translation>&amp;Worte des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Employee(s) to credit:</source>
        <translation>Zu würdigende &amp;Mitarbeitende:</translation>
    </message>
    <message>
        <source>&amp;Playbook entry used:</source>
        <translation>Genutzter &amp;Leitfaden-Eintrag:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What goes wrong, as the customer sees it</source>
        <translation>Was schiefgeht, aus Sicht des Kunden</translation>
    </message>
    <message>
        <source>The words we say first</source>
        <translation>Die Worte, die wir zuerst sagen</translation>
    </message>
    <message>
        <source>What we do to put it right</source>
        <translation>Was wir tun, um es in Ordnung zu bringen</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer es tut</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>The small surprise the customer did not expect</source>
        <translation>Die kleine Überraschung, die der Kunde nicht erwartet hat</translation>
    </message>
    <message>
        <source>Who may give the extra</source>
        <translation>Wer die Zugabe geben darf</translation>
    </message>
    <message>
        <source>Up to what amount, e.g. €20</source>
        <translation>Bis zu welchem Betrag, z. B. 20 €</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Strg+S oder Eingabe in einem Feld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;Mishap</source>
        <translation>&amp;Missgeschick</translation>
    </message>
    <message>
        <source>&amp;Apologise</source>
        <translation>&amp;Entschuldigen</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>In &amp;Ordnung bringen</translation>
    </message>
    <message>
        <source>B&amp;y, within</source>
        <translation>&amp;Wer, innerhalb von</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Zugabe</translation>
    </message>
    <message>
        <source>Au&amp;thorised by, up to</source>
        <translation>&amp;Freigabe durch, bis zu</translation>
    </message>
    <message>
        <source>New playbook entry</source>
        <translation>Neuer Leitfaden-Eintrag</translation>
    </message>
    <message>
        <source>Add to playbook</source>
        <translation>Zum Leitfaden hinzufügen</translation>
    </message>
    <message>
        <source>New playbook entry from the vote</source>
        <translation>Neuer Leitfaden-Eintrag aus der Abstimmung</translation>
    </message>
    <message>
        <source>Edit playbook entry</source>
        <translation>Leitfaden-Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mishap</source>
        <translation>Missgeschick</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zugabe</translation>
    </message>
    <message>
        <source>Who can authorise</source>
        <translation>Wer freigeben darf</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Willkommen bei Delight Workshop</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>&amp;Demo-Buch öffnen</translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation>Führen Sie Verbesserungsworkshops mit Ihrem Team durch: Ideen, um Kunden zu begeistern, Hindernisse, die weg müssen, und Heldengeschichten auf dem Projektor, Punkte zum Abstimmen und ein Aktionsplan, der sagt, wer was bis wann tut.</translation>
    </message>
    <message>
        <source>Try it on the demo book first: three finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation>Zuerst mit dem Demo-Buch ausprobieren: drei abgeschlossene Sitzungen der Serviceannahme eines Autohauses, die sich frei durchklicken und ändern lassen.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation>Das Demo-Buch liegt in %1, konnte aber nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>Das Demo-Buch konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Start from last time</source>
        <translation>Beim letzten Mal anknüpfen</translation>
    </message>
    <message>
        <source>Check what the last session promised: which actions are done, which obstacles are gone.</source>
        <translation>Prüfen, was die letzte Sitzung versprochen hat: welche Maßnahmen erledigt und welche Hindernisse beseitigt sind.</translation>
    </message>
    <message>
        <source>Read out a hero story from customer feedback to get the room talking.</source>
        <translation>Eine Heldengeschichte aus dem Kundenfeedback vorlesen, damit der Raum ins Gespräch kommt.</translation>
    </message>
    <message>
        <source>Collect the ideas</source>
        <translation>Ideen sammeln</translation>
    </message>
    <message>
        <source>The team gives its ideas for the round&apos;s prompt while the timer runs.</source>
        <translation>Das Team nennt seine Ideen zur Frage der Runde, während der Timer läuft.</translation>
    </message>
    <message>
        <source>Put related cards into themes and merge duplicates, so votes are not split.</source>
        <translation>Verwandte Karten in Themen legen und Duplikate zusammenführen, damit sich die Stimmen nicht aufteilen.</translation>
    </message>
    <message>
        <source>Choose and commit</source>
        <translation>Auswählen und festlegen</translation>
    </message>
    <message>
        <source>Everyone spends a few dots on what the team should do first.</source>
        <translation>Alle vergeben ein paar Punkte für das, was das Team zuerst tun sollte.</translation>
    </message>
    <message>
        <source>Turn the winners into actions: what, who, by when, and the first step.</source>
        <translation>Aus den Gewinnern Maßnahmen machen: was, wer, bis wann und der erste Schritt.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Den Kreis schließen</translation>
    </message>
    <message>
        <source>Thank the team, print the action plan and agree when to follow it up.</source>
        <translation>Dem Team danken, den Aktionsplan drucken und vereinbaren, wann nachgeschaut wird.</translation>
    </message>
    <message>
        <source>Everything is saved in the book as you go. Replay this tour from Help &gt; Tour of the Phases.</source>
        <translation>Alles wird laufend im Buch gespeichert. Diesen Rundgang gibt es wieder unter Hilfe &gt; Rundgang durch die Phasen.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>What was promised</source>
        <translation>Was versprochen wurde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promised in</source>
        <translation>Versprochen in</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Anzahl Teams</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Still in the way</source>
        <translation>Noch im Weg</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>Anzahl Nennungen</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation>Neues Thema…</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>In Thema verschieben…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation>Ziehen Sie Karten auf ein Thema oder wählen Sie sie aus und drücken Sie Strg+G. Strg+Klick auf zwei Duplikate, dann führt Strg+M sie zusammen.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Karten aus.</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(Kein Thema)</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation>Thema, oder ein neues eintippen:</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>Name des neuen Themas, mit %n ausgewählten Karte:</numerusform>
            <numerusform>Name des neuen Themas, mit %n ausgewählten Karten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Name des neuen Themas:</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Ein Thema wählen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation>Das Thema „%1“ wurde gelöscht; seine Karten sind jetzt nicht gruppiert.</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation>Wählen Sie zwei Duplikate (Strg+Klick) zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation>Zusammengeführt: Alle Urheber und Stimmen bleiben erhalten. Strg+Umschalt+M trennt wieder.</translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation>Wählen Sie eine zusammengeführte Karte, um sie zu trennen.</translation>
    </message>
</context>
<context>
    <name>HeroStoryModel</name>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation>Noch keine Heldengeschichten. Wer hat sich kürzlich für einen Kunden besonders ins Zeug gelegt?</translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation>Alltägliche Begeisterung</translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation>Großartige Rettungen</translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation>Dank an %1</translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation>Was könnten wir Kleines tun, das einen Kunden zum Lächeln bringt?</translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation>Was hindert uns daran, Kunden gut zu bedienen?</translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation>Wer hat sich kürzlich für einen Kunden besonders ins Zeug gelegt?</translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation>Was würde unseren Service für einen Kunden wertvoller machen?</translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation>Strg+%1, oder Strg+K für die nächste Art</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Gesagt von</translation>
    </message>
    <message>
        <source>Ctrl+U: next person, or type a name and Enter</source>
        <translation>Strg+U: nächste Person, oder einen Namen tippen und Eingabe</translation>
    </message>
    <message>
        <source>Type what the room says, Enter adds it. F5 shows it on the projector.</source>
        <translation>Tippen, was der Raum sagt, Eingabe fügt es hinzu. F5 zeigt es auf dem Projektor.</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <source>Credit to: who went the extra mile (names, separated by commas)</source>
        <translation>Gewürdigt werden: wer sich besonders ins Zeug gelegt hat (Namen, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation>Eingabe fügt die Karte hinzu · Strg+K Art · Strg+U Person · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation>Stiller Modus</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation>Neue Karten erscheinen erst nach dem Aufdecken auf dem Projektor.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation>Anonyme Sitzung: Es werden keine Namen gespeichert</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation>%1: Tippen Sie, was gesagt wurde, dann Eingabe</translation>
    </message>
    <message>
        <source>Nobody called “%1” in this session: Esc goes back.</source>
        <translation>Niemand heißt in dieser Sitzung „%1“: Esc geht zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>%n Karte jetzt auf dem Projektor.</numerusform>
            <numerusform>%n Karten jetzt auf dem Projektor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation>Erfasst: %1 Karten, die neuesten %2 angezeigt</translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation>Erfasst, neueste zuerst (%1)</translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation>Verdeckte Karten aufdecken (%1)</translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation>Wie könnten wir unsere Kunden begeistern?</translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation>Ideen werden still gesammelt; sie erscheinen gemeinsam.</translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation>Stilles Sammeln</translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation>Sagen Sie es, und es erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n Begeisterungsidee an der Wand</numerusform>
            <numerusform>%n Begeisterungsideen an der Wand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n Hindernis an der Wand</numerusform>
            <numerusform>%n Hindernisse an der Wand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n Heldengeschichte an der Wand</numerusform>
            <numerusform>%n Heldengeschichten an der Wand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n Mehrwertidee an der Wand</numerusform>
            <numerusform>%n Mehrwertideen an der Wand</numerusform>
        </translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>Zeit!</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation>Delight Workshop: Die Sitzung beginnt gleich.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation>Begeisterungsidee</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation>Heldengeschichte</translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation>Mehrwertidee</translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation>Begeisterungsideen</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Heldengeschichten</translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation>Mehrwertideen</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Alltägliche Begeisterung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiedergutmachung</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Delight Workshop. Eine Sitzung kann für den Projektor und den gedruckten Plan eine eigene Sprache haben (Sitzungseinstellungen).</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Sprache der App</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Kein Buch geöffnet</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MishapModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Missgeschick</translation>
    </message>
    <message>
        <source>In the playbook</source>
        <translation>Im Leitfaden</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Moderation</translation>
    </message>
</context>
<context>
    <name>NoSessionPage</name>
    <message>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation>Beginnen Sie eine Sitzung aus einer Vorlage: Begeisterungsideen, Hindernisjagd, Heldengeschichten, Mehrwertideen, ein Wiedergutmachungs-Leitfaden oder eine Nachschau. Fragen, Teilnehmende und Einstellungen lassen sich ändern.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
</context>
<context>
    <name>NumberTyping</name>
    <message>
        <source>Item %1… type the next digit (Backspace clears it)</source>
        <translation>Eintrag %1… die nächste Ziffer tippen (Rücktaste löscht sie)</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Eintragsnummern beginnen bei 1.</translation>
    </message>
</context>
<context>
    <name>ObstacleForm</name>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Select an obstacle on the left.</source>
        <translation>Wählen Sie links ein Hindernis aus.</translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation>Wie das Team es vorerst umgehen kann</translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation>Wer es endgültig beseitigen kann</translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation>Hindernis speichern</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Strg+S oder Eingabe in einem Feld</translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation>&amp;Umweg</translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation>&amp;Wer kann es beseitigen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>ObstacleModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Way around</source>
        <translation>Umweg</translation>
    </message>
    <message>
        <source>Who can remove it</source>
        <translation>Wer kann es beseitigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flagged in</source>
        <translation>Benannt in</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>One name per line, or paste a list (commas and tabs work too)</source>
        <translation>Ein Name pro Zeile, oder eine Liste einfügen (Kommas und Tabulatoren gehen auch)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Playbook</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachschau</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation>Ideen sammeln</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>Telefone im Raum</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Telefon entfernen</translation>
    </message>
    <message>
        <source>The phone leaves the room; its cards and dots stay</source>
        <translation>Das Telefon verlässt den Raum; seine Karten und Punkte bleiben</translation>
    </message>
    <message>
        <source>A removed phone can join again with the code.</source>
        <translation>Ein entferntes Telefon kann mit dem Code wieder teilnehmen.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, has voted</source>
        <translation>%1, hat abgestimmt</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation>Diese Phase ist in dieser Version von Delight Workshop noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation>Weiter mit Strg+Bild ab, zurück mit Strg+Bild auf.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>&amp;Hindernisse</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Maßnahme anlegen</translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation>Eingabe auf einem Eintrag, oder Strg+Umschalt+A</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Alt+Up, or drag the action</source>
        <translation>Alt+Auf, oder die Maßnahme ziehen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Alt+Down, or drag the action</source>
        <translation>Alt+Ab, oder die Maßnahme ziehen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Abstimmungsergebnis</translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation>Hindernisse dieser Sitzung</translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation>Mitarbeitende werden meist von Regeln und Werkzeugen ausgebremst, nicht von fehlender Motivation. Nennen Sie einen Umweg für jetzt und wer das Hindernis endgültig beseitigen kann.</translation>
    </message>
    <message>
        <source>Planned actions (%1) · %2 incomplete: name an owner and a due date</source>
        <translation>Geplante Maßnahmen (%1) · %2 unvollständig: eine verantwortliche Person und ein Fälligkeitsdatum angeben</translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation>Geplante Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation>Wählen Sie zuerst einen Eintrag des Abstimmungsergebnisses.</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Maßnahme gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation>Der Aktionsplan erscheint hier, während er entsteht.</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Unser Aktionsplan</translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation>Meiste Stimmen</translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation>Verantwortliche Person gesucht</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>Datum noch offen</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · bis %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>within a day</source>
        <translation>innerhalb eines Tages</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>innerhalb von %1 Stunden</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>%1 teilweise</translation>
    </message>
    <message>
        <source>%1 did not work</source>
        <translation>%1 ohne Erfolg</translation>
    </message>
    <message>
        <source>%1 not reviewed</source>
        <translation>%1 nicht bewertet</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>einmal genutzt</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>%1-mal genutzt</translation>
    </message>
    <message>
        <source>Used once: did the recovery work?</source>
        <translation>Einmal genutzt: Hat die Wiedergutmachung geklappt?</translation>
    </message>
    <message>
        <source>Used %1 times: did the recovery work?</source>
        <translation>%1-mal genutzt: Hat die Wiedergutmachung geklappt?</translation>
    </message>
</context>
<context>
    <name>PlaybookExports</name>
    <message>
        <source>Save the Recovery Playbook as PDF</source>
        <translation>Wiedergutmachungs-Leitfaden als PDF speichern</translation>
    </message>
    <message>
        <source>Save Recovery Pocket Cards</source>
        <translation>Taschenkarten zur Wiedergutmachung speichern</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as Markdown</source>
        <translation>Wiedergutmachungs-Leitfaden als Markdown speichern</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as CSV</source>
        <translation>Wiedergutmachungs-Leitfaden als CSV speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown-Dokumente (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}: a page for each mishap.</source>
        <translation>Der Wiedergutmachungs-Leitfaden wurde als {name} gespeichert: eine Seite pro Missgeschick.</translation>
    </message>
    <message>
        <source>The pocket cards were saved as {name}: print at 100 % and cut along the marks.</source>
        <translation>Die Taschenkarten wurden als {name} gespeichert: mit 100 % drucken und an den Marken ausschneiden.</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}.</source>
        <translation>Der Wiedergutmachungs-Leitfaden wurde als {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Write its recovery</source>
        <translation>Wiedergutmachung dazu schreiben</translation>
    </message>
    <message>
        <source>Enter on a mishap</source>
        <translation>Eingabe auf einem Missgeschick</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>Top-voted mishaps</source>
        <translation>Missgeschicke mit den meisten Stimmen</translation>
    </message>
    <message>
        <source>Recoveries the room wrote for it</source>
        <translation>Wiedergutmachungen, die der Raum dazu geschrieben hat</translation>
    </message>
    <message>
        <source>Enter copies one into the field you were typing in.</source>
        <translation>Eingabe kopiert eine davon in das Feld, in dem gerade getippt wurde.</translation>
    </message>
    <message>
        <source>A good recovery starts with an apology, puts things right fast (within a day), and adds something the customer did not expect. Agree who may give the extra, and up to what amount, so nobody has to ask.</source>
        <translation>Eine gute Wiedergutmachung beginnt mit einer Entschuldigung, bringt die Sache schnell in Ordnung (innerhalb eines Tages) und bietet etwas, das der Kunde nicht erwartet hat. Vereinbaren, wer die Zugabe geben darf und bis zu welchem Betrag, damit niemand fragen muss.</translation>
    </message>
    <message>
        <source>Written in this session (%1)</source>
        <translation>In dieser Sitzung geschrieben (%1)</translation>
    </message>
    <message>
        <source>Pick a mishap of the vote first.</source>
        <translation>Zuerst ein Missgeschick aus der Abstimmung wählen.</translation>
    </message>
    <message>
        <source>Added to the playbook. Ctrl+Z takes it out again.</source>
        <translation>Zum Leitfaden hinzugefügt. Strg+Z nimmt es wieder heraus.</translation>
    </message>
    <message>
        <source>Select an entry in the list below to delete it.</source>
        <translation>Einen Eintrag in der Liste unten auswählen, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>Eintrag gelöscht. Strg+Z holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>PlaybookView</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>In Ordnung bringen</translation>
    </message>
    <message>
        <source>The unexpected extra</source>
        <translation>Die unerwartete Zugabe</translation>
    </message>
    <message>
        <source>Who can authorise it</source>
        <translation>Wer sie freigeben darf</translation>
    </message>
    <message>
        <source>Each mishap gets its recovery here, as it is written.</source>
        <translation>Hier erscheint zu jedem Missgeschick seine Wiedergutmachung, sobald sie geschrieben ist.</translation>
    </message>
    <message>
        <source>Our recovery playbook</source>
        <translation>Unser Wiedergutmachungs-Leitfaden</translation>
    </message>
</context>
<context>
    <name>PlaybookWindow</name>
    <message>
        <source>Recovery playbook</source>
        <translation>Wiedergutmachungs-Leitfaden</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was geschah (optional)</translation>
    </message>
    <message>
        <source>Record a use</source>
        <translation>Nutzung erfassen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>Playbook PDF…</source>
        <translation>Leitfaden als PDF…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>Taschenkarten…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Select an entry to see how it was used.</source>
        <translation>Einen Eintrag auswählen, um zu sehen, wie er genutzt wurde.</translation>
    </message>
    <message>
        <source>Not used yet: record a use when the front line reports one.</source>
        <translation>Noch nicht genutzt: eine Nutzung erfassen, sobald die Mitarbeitenden an der Front eine melden.</translation>
    </message>
</context>
<context>
    <name>PlaybookWrapup</name>
    <message>
        <source>Playbook as PDF…</source>
        <translation>Leitfaden als PDF…</translation>
    </message>
    <message>
        <source>Pocket cards to cut out…</source>
        <translation>Taschenkarten zum Ausschneiden…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>The whole playbook…</source>
        <translation>Der ganze Leitfaden…</translation>
    </message>
    <message>
        <source>Hand out the playbook</source>
        <translation>Den Leitfaden verteilen</translation>
    </message>
    <message>
        <source>Print the pocket cards for everyone at the counter. Next time, the follow-up asks which recoveries were used and whether they worked.</source>
        <translation>Die Taschenkarten für alle am Schalter drucken. Beim nächsten Mal fragt die Nachschau, welche Wiedergutmachungen genutzt wurden und ob sie geklappt haben.</translation>
    </message>
    <message>
        <source>Written in this session</source>
        <translation>In dieser Sitzung geschrieben</translation>
    </message>
    <message>
        <source>Mishaps named: %1 · recoveries suggested: %2 · written into the playbook: %3 (entries in the whole playbook: %4)</source>
        <translation>Genannte Missgeschicke: %1 · vorgeschlagene Wiedergutmachungen: %2 · in den Leitfaden geschrieben: %3 (Einträge im ganzen Leitfaden: %4)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Worked</source>
        <translation>Hat geklappt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Hat nicht geklappt</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Hat es geklappt?</translation>
    </message>
    <message>
        <source>Recoveries used</source>
        <translation>Genutzte Wiedergutmachungen</translation>
    </message>
    <message>
        <source>Not known (0)</source>
        <translation>Unbekannt (Taste 0)</translation>
    </message>
    <message>
        <source>Did the recovery work? Select one: 1 worked, 2 partly, 3 not.</source>
        <translation>Hat die Wiedergutmachung geklappt? Eins wählen: 1 geklappt, 2 teilweise, 3 nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Seit dem letzten Mal</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Heldengeschichten</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Die Wand</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Recovery playbook</source>
        <translation>Wiedergutmachungs-Leitfaden</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation>Delight Workshop: Projektor</translation>
    </message>
    <message>
        <source>Esc or F5: back to the console</source>
        <translation>Esc oder F5: zurück zur Konsole</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation>Gleichauf mit einem anderen Eintrag</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Alltägliche Begeisterung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation>Noch keine Maßnahmen aus früheren Sitzungen: ein frischer Anfang.</translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation>Erledigt seit dem letzten Mal: danke!</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu tun</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>war fällig am %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>This book is on a network drive</source>
        <translation>Dieses Buch liegt auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). Sharing one live book there is unsafe: SQLite cannot lock it reliably over the network, and a book changed from two computers can be damaged. Keep each team&apos;s book on its own computer, and to see several teams together collect copies in a folder and use File &gt; Roll-up of Several Books…</source>
        <translation>„%1“ liegt auf einem Netzlaufwerk (%2). Ein gemeinsam genutztes Buch dort ist unsicher: SQLite kann es über das Netzwerk nicht zuverlässig sperren, und ein Buch, das von zwei Computern aus geändert wird, kann beschädigt werden. Das Buch jedes Teams auf dessen eigenem Computer lassen; um mehrere Teams zusammen zu sehen, Kopien in einem Ordner sammeln und Datei &gt; Gesamtübersicht mehrerer Bücher… verwenden.</translation>
    </message>
    <message>
        <source>The roll-up reads copies of the teams&apos; books side by side. It never changes a book: each team keeps its own book on its facilitator&apos;s laptop, and copies are collected in a folder (sent by e-mail, or a folder the teams sync with the tools they already use). Do not share one live book on a network drive for several people to open: SQLite cannot lock a file reliably over a network, and a book written from two computers can be damaged. Roll up the copies instead.
Obstacles in different teams&apos; words are grouped by similarity: a higher threshold groups only closer wordings. Merge groups that mean the same, split one that does not; the grouping is kept in a .rollup.json file beside the export, never in the books.</source>
        <translation>Die Gesamtübersicht liest Kopien der Bücher der Teams nebeneinander. Sie ändert nie ein Buch: Jedes Team behält sein eigenes Buch auf dem Laptop seiner Moderation, und Kopien werden in einem Ordner gesammelt (per E-Mail geschickt, oder ein Ordner, den die Teams mit ihren gewohnten Werkzeugen synchronisieren). Kein gemeinsam genutztes Buch auf einem Netzlaufwerk von mehreren Personen öffnen lassen: SQLite kann eine Datei über ein Netzwerk nicht zuverlässig sperren, und ein Buch, das von zwei Computern aus geschrieben wird, kann beschädigt werden. Stattdessen die Kopien zusammenfassen.
Hindernisse in den Worten verschiedener Teams werden nach Ähnlichkeit gruppiert: Ein höherer Schwellenwert gruppiert nur ähnlichere Formulierungen. Gruppen mit gleicher Bedeutung zusammenführen, eine ohne gleiche Bedeutung trennen; die Gruppierung wird in einer .rollup.json-Datei neben dem Export gespeichert, nie in den Büchern.</translation>
    </message>
    <message>
        <source>The team&apos;s name (from its book, else the file&apos;s name)</source>
        <translation>Der Name des Teams (aus seinem Buch, sonst der Dateiname)</translation>
    </message>
    <message>
        <source>The date of the latest session held</source>
        <translation>Das Datum der zuletzt abgehaltenen Sitzung</translation>
    </message>
    <message>
        <source>Sessions held so far</source>
        <translation>Bisher abgehaltene Sitzungen</translation>
    </message>
    <message>
        <source>Delight and value ideas per session held</source>
        <translation>Begeisterungs- und Mehrwertideen pro abgehaltener Sitzung</translation>
    </message>
    <message>
        <source>Actions open or in progress</source>
        <translation>Maßnahmen offen oder in Arbeit</translation>
    </message>
    <message>
        <source>Open actions past their due date</source>
        <translation>Offene Maßnahmen nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Obstacles open or in progress</source>
        <translation>Hindernisse offen oder in Arbeit</translation>
    </message>
    <message>
        <source>Obstacles in the way for more than 90 days</source>
        <translation>Hindernisse seit mehr als 90 Tagen im Weg</translation>
    </message>
    <message>
        <source>Median days from flagging an obstacle to its removal</source>
        <translation>Median der Tage von der Meldung eines Hindernisses bis zu seiner Beseitigung</translation>
    </message>
    <message>
        <source>Hero stories (of which routine delight)</source>
        <translation>Heldengeschichten (davon alltägliche Begeisterung)</translation>
    </message>
    <message>
        <source>Recognition: 2 per routine-delight story, 1 per recovery</source>
        <translation>Anerkennung: 2 pro Geschichte alltäglicher Begeisterung, 1 pro Wiedergutmachung</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Phones…</source>
        <translation>Telefone…</translation>
    </message>
    <message>
        <source>See the phones in the room; remove one</source>
        <translation>Die Telefone im Raum ansehen; eines entfernen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Raum schließen</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Stop serving the phones; every phone is disconnected</source>
        <translation>Die Telefone nicht mehr bedienen; alle Telefone werden getrennt</translation>
    </message>
    <message>
        <source>Let the room join from their phones on the local network</source>
        <translation>Den Raum über das lokale Netzwerk per Telefon teilnehmen lassen</translation>
    </message>
    <message>
        <source>Phones can write and vote once you open the room.</source>
        <translation>Sobald der Raum geöffnet ist, können Telefone schreiben und abstimmen.</translation>
    </message>
    <message>
        <source>Join: %1  code: %2</source>
        <translation>Teilnehmen: %1  Zugangscode: %2</translation>
    </message>
    <message>
        <source>%1 (this computer only: no network found)</source>
        <translation>%1 (nur dieser Computer: kein Netzwerk gefunden)</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Telefone im Raum: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Telefone, die abgestimmt haben: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 | %2</translation>
    </message>
</context>
<context>
    <name>RoomJoinPanel</name>
    <message>
        <source>Join on your phone: scan the code, or open</source>
        <translation>Am Telefon teilnehmen: den Code scannen oder aufrufen</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Zugangscode: %1</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Telefone im Raum: %1</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Telefone, die abgestimmt haben: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Rounds and their prompts</source>
        <translation>Runden und ihre Fragen</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Eine Runde hinzufügen</translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation>Die Frage, die der Raum in dieser Runde beantwortet</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Kundenfeedback importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation>{0} Heldengeschichten importiert (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation>{0} Mehrwertideen in diese Sitzung geholt</translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation>Mehrwertideen aus dem Ideenspeicher holen</translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation>Der Ideenspeicher ist leer: Jede frühere Mehrwertidee ist umgesetzt oder schon in dieser Sitzung.</translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation>Mehrwertideen aus früheren Sitzungen</translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation>Ideen, aus denen noch keine Maßnahme wurde. Haken Sie die an, die erneut zur Abstimmung sollen (Leertaste hakt an); sie werden als neue Karten in diese Sitzung kopiert.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation>{0} in diese Sitzung &amp;holen</translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation>{0} Punkte</translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation>in {0} Sitzungen genannt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht genutzt</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, bis zu %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>✓ written</source>
        <translation>✓ geschrieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>Open %1 · in progress %2 · removed %3 · won&apos;t fix %4</source>
        <translation>Offen %1 · in Arbeit %2 · beseitigt %3 · wird nicht behoben %4</translation>
    </message>
    <message>
        <source>In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3</source>
        <translation>Seit weniger als 30 Tagen im Weg: %1 · 30 bis 90 Tage: %2 · über 90: %3</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand festgelegt</translation>
    </message>
    <message>
        <source>by similarity</source>
        <translation>nach Ähnlichkeit</translation>
    </message>
    <message>
        <source>Roll-up of several books</source>
        <translation>Gesamtübersicht mehrerer Bücher</translation>
    </message>
    <message>
        <source>Add a &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Books…</source>
        <translation>&amp;Bücher hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtern:</translation>
    </message>
    <message>
        <source>part of a team&apos;s name</source>
        <translation>Teil eines Teamnamens</translation>
    </message>
    <message>
        <source>Double-click a team to open its book in the console</source>
        <translation>Doppelklick auf ein Team öffnet sein Buch in der Konsole</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>Ähnlichkeits-&amp;Schwellenwert:</translation>
    </message>
    <message>
        <source>Higher: only closer wordings are grouped as one obstacle</source>
        <translation>Höher: Nur ähnlichere Formulierungen werden als ein Hindernis gruppiert</translation>
    </message>
    <message>
        <source>Show obstacles named by &amp;one team</source>
        <translation>Hindernisse zeigen, die nur &amp;ein Team nennt</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>Auswahl &amp;zusammenführen</translation>
    </message>
    <message>
        <source>The selected groups name the same obstacle</source>
        <translation>Die ausgewählten Gruppen nennen dasselbe Hindernis</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Each wording of the selected groups stands alone</source>
        <translation>Jede Formulierung der ausgewählten Gruppen steht für sich</translation>
    </message>
    <message>
        <source>&amp;Let the Threshold Decide</source>
        <translation>Schwellenwert entscheiden &amp;lassen</translation>
    </message>
    <message>
        <source>Roll up the books of a folder</source>
        <translation>Die Bücher eines Ordners zusammenfassen</translation>
    </message>
    <message>
        <source>Roll up workshop books</source>
        <translation>Workshop-Bücher zusammenfassen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>Die Gesamtübersicht exportieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams im Vergleich</translation>
    </message>
    <message>
        <source>Obstacles many teams share</source>
        <translation>Hindernisse, die viele Teams teilen</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)</source>
        <translation>Workshop-Bücher (*%1);;Gesamtübersichtsdateien (*.rollup.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading book %1 of %2…</source>
        <translation>Buch %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a folder of books, or the books themselves: they are only read.</source>
        <translation>Einen Ordner mit Büchern oder die Bücher selbst wählen: Sie werden nur gelesen.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days · median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of routine delight · %9 obstacles shared by two teams or more</source>
        <translation>%1 offene Maßnahmen, %2 überfällig · %3 Hindernisse im Weg, %4 seit über 90 Tagen · Median %5 Tage bis zur Beseitigung · %6 Sitzungen abgehalten · %7 Heldengeschichten, %8 davon alltägliche Begeisterung · %9 Hindernisse, die zwei oder mehr Teams teilen</translation>
    </message>
    <message>
        <source>Saved %1 (grouping kept in %2)</source>
        <translation>%1 gespeichert (Gruppierung in %2 aufbewahrt)</translation>
    </message>
    <message>
        <source>Cannot open the roll-up file</source>
        <translation>Die Gesamtübersichtsdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the grouping</source>
        <translation>Die Gruppierung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot export the roll-up</source>
        <translation>Die Gesamtübersicht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Saved {0} in {1}: this computer has no program that opens PDF files.</source>
        <translation>{0} in {1} gespeichert: Auf diesem Computer gibt es kein Programm, das PDF-Dateien öffnet.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation>Offene Maßnahmen &amp;exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>Beiträge pro Sitzung</translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation>Maßnahmen pro Sitzung: erledigt und offen</translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation>Hindernisse pro Sitzung: beseitigt und im Weg</translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation>Offene Maßnahmen exportieren</translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation>Noch keine Sitzungen in diesem Buch.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>{due}
{n} days late</source>
        <translation>{due}
{n} Tage verspätet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1  (other wordings: %2)</source>
        <translation>%1  (andere Formulierungen: %2)</translation>
    </message>
    <message>
        <source>Teams rolled up: %1</source>
        <translation>Zusammengefasste Teams: %1</translation>
    </message>
    <message>
        <source>Files skipped (%1): %2</source>
        <translation>Übersprungene Dateien (%1): %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>beseitigt</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>im Weg</translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation>Die offenen Maßnahmen konnten nicht exportiert werden: {0}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation>Alltägliche Begeisterung (zählt bei der Anerkennung doppelt)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation>Geschichten markieren als:</translation>
    </message>
    <message>
        <source>Recovery &amp;used:</source>
        <translation>Genutzte &amp;Wiedergutmachung:</translation>
    </message>
    <message>
        <source>(none, or as the playbook column says)</source>
        <translation>(keine, oder laut Leitfaden-Spalte)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation>Positives Feedback wird zu Heldengeschichten: Wählen Sie, welche Spalte die Worte des Kunden enthält und, falls die Datei sie hat, das Datum, den Kunden und die zu würdigenden Mitarbeitenden (mehrere Namen getrennt durch ; oder ,).</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation>Wählen Sie eine CSV-Datei, die aus Ihrem Umfragewerkzeug exportiert wurde.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>Wählen Sie die Spalte mit den Worten des Kunden.</translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation>{0} Heldengeschichten werden dieser Sitzung hinzugefügt.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation>{0} Geschichten &amp;importieren</translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation>{0} leere Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>Diese Datei kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nichts wurde importiert: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation>Nichts offen aus früheren Sitzungen: ein unbeschriebenes Blatt.</translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation>Erledigt  (D)</translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation>In Arbeit, neues Datum…  (P)</translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation>Verworfen, mit Grund…  (X)</translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation>Erledigt seit dem letzten Mal</translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation>Seit der letzten Sitzung noch nichts abgeschlossen. Mit D als erledigt markieren.</translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation>Nachschau: Was haben wir letztes Mal versprochen?</translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation>Feiern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation>Tasten: D erledigt · P in Arbeit mit neuem Datum · X verworfen mit Grund · ↑↓ nächste Maßnahme</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation>{0} offen aus früheren Sitzungen</translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation>Erledigt seit dem letzten Mal: {0}</translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation> (verworfen: {0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation>{0} gerade abgeschlossen</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>Erster Schritt: {0}</translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation>Benötigte Hilfe: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation>Hindernis-Tafel</translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation>Jedes Hindernis, das das Team benannt hat, bis jemand es beseitigt.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation>Noch im Weg (offen oder in Arbeit)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation>Wer kann es &amp;beseitigen:</translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation>F2 oder Doppelklick bearbeitet den Umweg und wer es beseitigen kann · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Noch niemand benannt</translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation>benannt {0}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>wird nicht behoben</translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation>Median der Tage bis zur Beseitigung</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>{0} von {1} angezeigt</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>Urkunde &amp;drucken…</translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation>Eine einseitige Urkunde mit dieser Geschichte, fertig zum Einrahmen</translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation>In diesem Zeitraum würdigen keine Heldengeschichten jemanden.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Urkunde speichern</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Alltägliche Begeisterung</translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation>Wertung: {routine} Punkte für jede Geschichte alltäglicher Begeisterung, {recovery} für jede Wiedergutmachung. Alltägliche Begeisterung zählt mehr als eine dramatische Rettung: Niemand sollte ein Missgeschick brauchen, um zu glänzen.</translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation>{name}: 1 Geschichte, Wertung {score}</translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation>{name}: {n} Geschichten, Wertung {score}</translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation>Die Urkunde konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation>In Arbeit: neues Datum</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Neues Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation>Was noch zu tun ist (optional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation>Maßnahme verwerfen</translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation>Warum wird sie verworfen? (erforderlich)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation>Wie die App</translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation>Die Sprache des Projektors, des gedruckten Aktionsplans und der Telefonseite</translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation>Sitzungs&amp;sprache</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions of the book</source>
        <translation>Sitzungen des Buchs</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Sitzungseinstellungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Einen Befehl oder eine Taste suchen…</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Beseitigt</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)</source>
        <translation>Zu %1 gehen (Strg+Bild ab / Strg+Bild auf blättern)</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Worte des Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Ideas / session</source>
        <translation>Ideen / Sitzung</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>In the way</source>
        <translation>Im Weg</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 Tage</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median Tage</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Heldengeschichten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation>Rundenlänge in Minuten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start or pause the timer (Ctrl+T)</source>
        <translation>Den Timer starten oder anhalten (Strg+T)</translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation>Eine Minute dazu (Strg+=)</translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation>Zurück auf die Rundenlänge (Strg+R)</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Rundentimer</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a chime when time is up (View &gt; Sound When Time Is Up)</source>
        <translation>Einen Gong spielen, wenn die Zeit um ist (Ansicht &gt; Ton bei Zeitablauf)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Timer running: %1</source>
        <translation>Timer läuft: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Timer: %1</translation>
    </message>
</context>
<context>
    <name>UseModel</name>
    <message>
        <source>Used on</source>
        <translation>Genutzt am</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Missgeschick</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Note or story</source>
        <translation>Notiz oder Geschichte</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation>Der Reihe nach am Laptop</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Auf ihren Telefonen</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation>Höchstens Punkte einer Person für einen Eintrag</translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation>Geheim bis zum Aufdecken</translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation>Die Zahlen auf dem Projektor verbergen, solange die Abstimmung offen ist</translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation>Wie viele Personen abstimmen (die Sitzung nennt niemanden)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Abstimmende</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation>Abstimmung öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation>Abstimmung schließen und aufdecken</translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation>Abstimmung schließen und aufdecken (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>Punkte je Person</translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation>Höchstens je Eintrag</translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation>Hände gehoben, dann Eingabe</translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation>Hände für den ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>Vorige Einträge</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Weitere Einträge</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation>Meinen letzten Punkt zurücknehmen</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>Vorige Person</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Eingabe oder Tab</translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation>Wählen Sie eine Sitzung zum Abstimmen.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation>Noch nichts zum Abstimmen: Erfassen und decken Sie zuerst einige Ideen auf.</translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector (Ctrl+Z reopens voting).</source>
        <translation>Die Abstimmung ist geschlossen. Das Ergebnis steht unten und auf dem Projektor (Strg+Z öffnet die Abstimmung wieder).</translation>
    </message>
    <message>
        <source>An item&apos;s number, or Up/Down and Space: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation>Nummer eines Eintrags, oder Auf/Ab und Leertaste: einen Punkt geben · Rücktaste: zurücknehmen · Eingabe oder Tab: nächste Person · Bild auf/Bild ab: weitere Einträge</translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation>Setzen Sie die Grenzen, dann öffnen Sie die Abstimmung.</translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation>Handzeichen: Eintrag wählen, Anzahl tippen, Eingabe drücken.</translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation>Alle haben abgestimmt. Schließen Sie die Abstimmung, um das Ergebnis aufzudecken.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: %2 von %3 Punkten übrig</translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation>Auf/Ab: Eintrag wählen · Anzahl tippen · Eingabe: übernehmen</translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation>Einträge %1-%2 von %3</translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Noch nichts zum Abstimmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>%n Punkt von %1 Abstimmenden</numerusform>
            <numerusform>%n Punkte von %1 Abstimmenden</numerusform>
        </translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation>%1 Punkte je Person, höchstens %2 auf einen Eintrag</translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation>Die Abstimmung beginnt gleich</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation>Heben Sie die Hand für den vorgelesenen Eintrag.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Stimmen Sie am Telefon ab</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Alle haben abgestimmt</translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation>Das Ergebnis folgt, wenn die Abstimmung schließt.</translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation>1-9: einen Punkt geben · Rücktaste: zurücknehmen · Eingabe: nächste Person</translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation>Die Zahlen bleiben geheim, bis die Abstimmung schließt.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>gleichauf</translation>
    </message>
</context>
<context>
    <name>VotingSettings</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation>Anonym: keine Namen bei den Karten speichern</translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation>Der Reihe nach, am Laptop</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Auf ihren Telefonen</translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation>Die Stimmen geheim halten, bis die Abstimmung schließt</translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation>Stiller Modus: Neue Karten bleiben vom Projektor fern</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Höchstens Punkte auf einen Eintrag</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Voter %1 of %2</source>
        <translation>Person %1 von %2</translation>
    </message>
    <message>
        <source>Part of the book could not be read: the ballot is empty.</source>
        <translation>Ein Teil des Buchs konnte nicht gelesen werden: Der Stimmzettel ist leer.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>Die Abstimmung ist nicht offen.</translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation>Keine Punkte mehr: Drücken Sie Eingabe, um an die nächste Person weiterzugeben.</translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation>Höchstens %1 Punkte auf einen Eintrag: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Nichts zurückzunehmen.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation>Noch keine Ideen an der Wand.</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Noch nicht gruppiert</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Nicht gruppiert</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation>Dem Raum vorlesen</translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation>Heldengeschichten aus Kundenfeedback</translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation>Beginnen Sie mit dem, was gut lief. Würdigen Sie die alltägliche Begeisterung eines gewöhnlichen Tages vor der dramatischen Rettung: Niemand sollte ein Missgeschick brauchen, um zu glänzen.</translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation>Eine Heldengeschichte hinzufügen</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation>Was geschah, wenn möglich in den Worten des Kunden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Edit story and credits…</source>
        <translation>Geschichte und Würdigungen bearbeiten…</translation>
    </message>
    <message>
        <source>F2, or double-click a story</source>
        <translation>F2, oder Doppelklick auf eine Geschichte</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Type the story someone tells, Ctrl+S adds it.</source>
        <translation>Die Geschichte tippen, die jemand erzählt, Strg+S fügt sie hinzu.</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Gewürdigt werden</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation>Noch keine Heldengeschichten. Fügen Sie rechts die erste hinzu.</translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation>gewürdigt: %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation>Schreiben Sie zuerst die Geschichte.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Willkommen bei Delight Workshop</translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation>Alles, was Ihr Team in einem Workshop sagt, wird in einem Workshop-Buch festgehalten: eine Datei pro Team, mit allen Sitzungen, Ideen, Stimmen und Maßnahmen.</translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation>Neues Buch an anderem Ort…</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Ein Buch öffnen…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Zuletzt geöffnete Bücher</translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation>„%1“ in %2 anlegen</translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation>Aktionsplan als PDF…</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>Den Aktionsplan drucken…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation>Fälligkeiten in den Kalender…</translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation>Abgegebene Punkte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation>Den Plan verteilen</translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation>Beim nächsten Mal beginnt die Sitzung mit der Nachschau: Welche dieser Maßnahmen sind erledigt, und was stand im Weg?</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Der Aktionsplan</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>moderiert von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
</TS>
