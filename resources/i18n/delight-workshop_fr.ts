<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better service comes from the people who give it: the team brings its own ideas to delight customers, names the obstacles in the way and the hero stories worth repeating, votes, and leaves with an action plan that management helps carry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture &amp;Delight Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close the projector view (full screen on a second screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 card(s) now on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Due Dates to a Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events} action(s) with a due date were saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} action(s) without a due date were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed this but did not add it yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Not grouped yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Deleted %1 card(s). Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it on the demo book first: two finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U: next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 card(s) now on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 idea on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ideas on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoSessionPage</name>
    <message>
        <source>No session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObstacleForm</name>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an obstacle on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line, or paste a list (commas and tabs work too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Rounds and their prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obstacles removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obstacles in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions from {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} · {n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Phase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <source>%1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the timer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Timer running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones (coming later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting from phones comes in a later version: choose another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-9 or a click: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dots from %2 voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingSettings</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Voter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1 on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
