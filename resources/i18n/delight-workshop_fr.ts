<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation>À propos de Delight Workshop</translation>
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
        <translation>Un meilleur service vient de ceux qui le rendent : l&apos;équipe apporte ses propres idées pour enchanter les clients, nomme les obstacles sur sa route et les histoires de héros qui méritent d&apos;être répétées, vote, et repart avec un plan d&apos;action que la direction aide à mettre en œuvre.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation>Logiciel libre sous licence MIT. Fournit les polices DejaVu Sans (licence Bitstream Vera), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola et HanaMinB (licences libres).</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation>Qt %1, PySide6 %2, Python %3 sous %4</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation>Qui le réalise</translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation>La toute prochaine chose à faire, cette semaine</translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation>Ce que la direction fera pour aider</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Entrée dans un champ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;Première étape</translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation>&amp;Aide nécessaire</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Aide nécessaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture &amp;Delight Ideas</source>
        <translation>Saisir des idées d&apos;&amp;enchantement</translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation>Saisir des &amp;obstacles</translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation>Saisir des &amp;histoires de héros</translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation>Saisir des idées de &amp;valeur</translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation>&amp;Type suivant</translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation>Changer le type de la prochaine carte : idée d&apos;enchantement, obstacle, histoire de héros, idée de valeur</translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation>Les prochaines cartes sont de ce type</translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation>&amp;Personne suivante</translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation>Qui a dit la prochaine carte : le participant suivant, ou aucun nom</translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation>Personne précédente</translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation>Qui a dit la prochaine carte : le participant précédent</translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation>Mode si&amp;lencieux</translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation>Garder les nouvelles cartes hors du projecteur jusqu&apos;à ce que vous les révéliez</translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation>Ré&amp;véler les cartes masquées</translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation>Afficher sur le projecteur chaque carte retenue en mode silencieux</translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation>Faire une &amp;action de l&apos;élément</translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation>Transformer l&apos;élément classé sélectionné en action</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation>Annuler la dernière modification du cahier</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>&amp;Modifier la carte…</translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation>Changer le texte, le type ou l&apos;auteur de la carte sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation>Supprimer la sélection (Ctrl+Z la ramène)</translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation>&amp;Déplacer vers un thème…</translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation>Mettre les cartes sélectionnées dans un thème</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Nouveau &amp;thème…</translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation>Ajouter un thème (avec les cartes sélectionnées)</translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation>Reno&amp;mmer le thème…</translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation>Renommer le thème dont la colonne a le focus</translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation>Supprimer le t&amp;hème</translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation>Supprimer un thème ; ses cartes restent, non regroupées</translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation>&amp;Fusionner les doublons</translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation>Fusionner les cartes sélectionnées dans la plus ancienne, en gardant chaque auteur et chaque vote</translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation>Sé&amp;parer les doublons</translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation>Rendre de nouveau indépendants les doublons fusionnés de la carte sélectionnée</translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation>Plan d&apos;action en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation>Enregistrer le plan d&apos;action de la séance en PDF à distribuer</translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;Imprimer le plan d&apos;action…</translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation>Imprimer le plan d&apos;action de la séance</translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation>En &amp;CSV (tableur)…</translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation>Les cartes, votes et actions de la séance pour un tableur</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>En &amp;Markdown…</translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation>La séance en document texte</translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation>Échéances vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation>Les échéances des actions en fichier de calendrier</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Nouveau cahier…</translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation>Commencer un nouveau cahier d&apos;atelier (un fichier par équipe)</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Ouvrir un cahier…</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Ouvrir un cahier d&apos;atelier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation>Cahiers ouverts récemment</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation>Enregistrer le formulaire en cours ; le cahier enregistre lui-même chaque modification aussitôt</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation>Écrire une copie du cahier entier dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>&amp;Fermer le cahier</translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation>Fermer le cahier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation>Quitter Delight Workshop</translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation>Visite des phases</translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation>Parcourir de nouveau les étapes d&apos;une séance, une ligne chacune</translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation>À propos de Delight Workshop</translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation>Version, la méthode derrière l&apos;application, licence</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation>Commencer une séance à partir d&apos;un modèle ; modifier ses questions, ses participants et ses réglages</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Réglages de la séance…</translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation>Titre, date, participants, questions, anonymat et limites de vote</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation>Supprimer cette séance et tout son contenu</translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation>Phase &amp;précédente</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Revenir à la phase précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>Phase &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation>Passer à la phase suivante de la séance</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Lancer le minuteur</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Lancer ou mettre en pause le minuteur de la manche</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Ajouter une minute</translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation>Une minute de plus au minuteur</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>R&amp;éinitialiser le minuteur</translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation>Remettre le minuteur à la durée de la manche</translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation>&amp;Durée de la manche…</translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation>Combien de minutes dure une manche</translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation>&amp;Liste des séances</translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation>Afficher ou masquer la liste des séances (plus de place sur un petit écran)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>Couleurs &amp;sombres</translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation>Basculer entre couleurs claires et sombres</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation>Utiliser tout l&apos;écran pour la console</translation>
    </message>
    <message>
        <source>Sound When Time Is &amp;Up</source>
        <translation>Son quand le temps est é&amp;coulé</translation>
    </message>
    <message>
        <source>Play a chime when the round timer reaches zero</source>
        <translation>Jouer un carillon quand le minuteur de la manche arrive à zéro</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation>La langue de l&apos;application (prend effet au prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Chaque commande et ses touches</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Open or close the projector view: full screen on a second screen, or over the console with one screen (Esc or F5 comes back)</source>
        <translation>Ouvrir ou fermer la vue du projecteur : en plein écran sur un second écran, ou par-dessus la console avec un seul écran (Échap ou F5 pour revenir)</translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation>Page suivante du projecteur</translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation>Afficher la page suivante du mur ou de la liste du projecteur</translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation>Page précédente du projecteur</translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation>Afficher la page précédente du mur ou de la liste du projecteur</translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation>Tableau des &amp;obstacles</translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation>Chaque obstacle du cahier, son statut et qui peut le lever</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Reconnaissance</translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation>Employés classés par histoires de héros ; imprimer un certificat</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation>Séances, contributions, actions et obstacles de tout le cahier</translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation>Importer les &amp;avis clients…</translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation>Transformer le CSV d&apos;avis clients d&apos;un outil d&apos;enquête en histoires de héros</translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation>Reprendre des idées de valeur de la &amp;réserve…</translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation>Copier dans le vote de cette séance les idées de valeur antérieures pas encore mises en œuvre</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation>Ouvrir le vote par gommettes avec les limites réglées sur la page Voter</translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation>Clore le vote et révéler</translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation>Clore le vote et afficher le résultat classé sur le projecteur</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Guide de rattrapage</translation>
    </message>
    <message>
        <source>The recovery playbook: each mishap&apos;s apology, fix and extra, and how it went</source>
        <translation>Le guide de rattrapage : pour chaque raté, l&apos;excuse, la réparation et le petit plus, et le résultat</translation>
    </message>
    <message>
        <source>Recovery &amp;Playbook as PDF…</source>
        <translation>&amp;Guide de rattrapage en PDF…</translation>
    </message>
    <message>
        <source>The recovery playbook, a page per mishap in large type</source>
        <translation>Le guide de rattrapage, une page par raté en gros caractères</translation>
    </message>
    <message>
        <source>Recovery Poc&amp;ket Cards…</source>
        <translation>Cartes de poche du &amp;rattrapage…</translation>
    </message>
    <message>
        <source>Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise</source>
        <translation>Cartes au format carte bancaire à découper : raté, excuse, réparation, petit plus, qui peut l&apos;autoriser</translation>
    </message>
    <message>
        <source>Recovery Playbook as Markdo&amp;wn…</source>
        <translation>Guide de rattrapage en Mark&amp;down…</translation>
    </message>
    <message>
        <source>The recovery playbook as a text document</source>
        <translation>Le guide de rattrapage en document texte</translation>
    </message>
    <message>
        <source>Recovery Playbook as CS&amp;V…</source>
        <translation>Guide de rattrapage en CS&amp;V…</translation>
    </message>
    <message>
        <source>The recovery playbook with its record of use, for a spreadsheet</source>
        <translation>Le guide de rattrapage avec son historique d&apos;utilisation, pour un tableur</translation>
    </message>
    <message>
        <source>Roll-&amp;up of Several Books…</source>
        <translation>&amp;Synthèse de plusieurs cahiers…</translation>
    </message>
    <message>
        <source>Many teams&apos; books side by side, read-only: late actions, shared obstacles, hero stories</source>
        <translation>Les cahiers de plusieurs équipes côte à côte, en lecture seule : actions en retard, obstacles communs, histoires de héros</translation>
    </message>
    <message>
        <source>Close the &amp;Room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>&amp;Ouvrir la salle…</translation>
    </message>
    <message>
        <source>Let the room join this session from their phones (or close the room)</source>
        <translation>Laisser la salle rejoindre cette séance depuis les téléphones (ou fermer la salle)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation>Mode silencieux activé : les nouvelles cartes restent hors du projecteur jusqu&apos;à ce que vous les révéliez.</translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation>Mode silencieux désactivé : les nouvelles cartes s&apos;affichent aussitôt sur le projecteur.</translation>
    </message>
    <message>
        <source>Cards now on the projector: %1</source>
        <translation>Cartes maintenant sur le projecteur : %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation>Les exports ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation>Exporter le plan d&apos;action en PDF</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder} (opened for you).</source>
        <translation>Il est enregistré dans le dossier {folder} (ouvert pour vous).</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder}.</source>
        <translation>Il est enregistré dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Aucun programme pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export Due Dates to a Calendar File</source>
        <translation>Exporter les échéances dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation>Imprimer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Actions with a due date, saved as {name}: {n}.</source>
        <translation>Actions avec une échéance, enregistrées sous {name} : {n}.</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>L&apos;ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}.</source>
        <translation>Cet ordinateur n&apos;a aucun programme qui ouvre {name}.</translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation>Le plan d&apos;action a été enregistré sous {name}.</translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation>Les contributions ont été enregistrées sous {name}.</translation>
    </message>
    <message>
        <source>Actions without a due date, left out: {n}.</source>
        <translation>Actions sans échéance, laissées de côté : {n}.</translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation>Impossible d&apos;écrire {name}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation>Tout est déjà dans « %1 » : chaque modification est enregistrée au moment où vous la faites.</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>Aucun cahier récent</translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation>Supprimer la séance « %1 » avec toutes ses cartes, ses votes et ses actions ? Ctrl+Z la ramène.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>Durée de la manche</translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation>Minutes pour cette manche :</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>&amp;Pause du minuteur</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Lancer le minuteur</translation>
    </message>
    <message>
        <source>Incomplete: every action needs an owner and a due date.</source>
        <translation>Incomplet : chaque action a besoin d&apos;un responsable et d&apos;une échéance.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>The playbook is empty: write an entry first (View &gt; Playbook).</source>
        <translation>Le guide est vide : écrivez d&apos;abord une entrée (Affichage &gt; Guide de rattrapage).</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>The phones join over this network:</source>
        <translation>Les téléphones se connectent par ce réseau :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>La salle ne peut pas écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-18; Alt+Down opens a calendar</source>
        <translation>Tapez la date sous la forme 2026-12-18 ; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for none</source>
        <translation>AAAA-MM-JJ, ou vide pour aucune</translation>
    </message>
    <message>
        <source>Type a date, such as 2026-12-18.</source>
        <translation>Tapez une date, par exemple 2026-12-18.</translation>
    </message>
    <message>
        <source>“%1” is not a day on the calendar: type it as 2026-12-18.</source>
        <translation>« %1 » n&apos;est pas un jour du calendrier : tapez-la sous la forme 2026-12-18.</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Texte pas encore ajouté</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>L&apos;ajouter</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>You typed this but did not add it yet:</source>
        <translation>Vous avez tapé ceci mais ne l&apos;avez pas encore ajouté :</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Ce votant</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not grouped yet</source>
        <translation>Pas encore regroupé</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>The book was changed by another program.</source>
        <translation>Le cahier a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation>Cahiers d&apos;atelier (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>Impossible de créer le cahier</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>Impossible d&apos;ouvrir le cahier</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation>« %1 » existe déjà. Ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation>« %1 » est utilisé : il est ouvert dans une autre fenêtre de Delight Workshop. Fermez-le là-bas d&apos;abord, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the folder is read-only.</source>
        <translation>« %1 » ne peut pas être créé : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Some changes could not be recovered</source>
        <translation>Certaines modifications n&apos;ont pas pu être récupérées</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and part of its journal was damaged: the book opened with every change up to the damaged part. A copy of the journal was kept as “%2” for recovery.</source>
        <translation>« %1 » n&apos;a pas été fermé correctement et une partie de son journal était endommagée : le cahier s&apos;est ouvert avec toutes les modifications jusqu&apos;à la partie endommagée. Une copie du journal a été conservée sous « %2 » pour la récupération.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing can be changed; File &gt; Save a Copy As… makes a copy you can edit.</source>
        <translation>« %1 » est en lecture seule : rien ne peut être modifié ; Fichier &gt; Enregistrer une copie sous… crée une copie que vous pouvez modifier.</translation>
    </message>
    <message>
        <source>The book may be damaged</source>
        <translation>Le cahier est peut-être endommagé</translation>
    </message>
    <message>
        <source>A check of “%1” found a problem: %2

What you add is still saved. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Une vérification de « %1 » a trouvé un problème : %2

Ce que vous ajoutez est toujours enregistré. Gardez une copie dès maintenant (Fichier &gt; Enregistrer une copie sous…) et conservez les copies antérieures du cahier jusqu&apos;à ce qu&apos;il ait été examiné.</translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation>Nouveau cahier d&apos;atelier</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Ouvrir un cahier d&apos;atelier</translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation>Enregistrer une copie du cahier</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation>Choisissez un autre nom que celui du cahier ouvert.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Cards deleted: %1. Ctrl+Z brings them back.</source>
        <translation>Cartes supprimées : %1. Ctrl+Z les ramène.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation>+%1 fusionnée(s)</translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation>masquée sur le projecteur</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation>Cette séance est anonyme : aucun nom n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Remercier</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Dit par</translation>
    </message>
</context>
<context>
    <name>ClosedModel</name>
    <message>
        <source>Done since last time</source>
        <translation>Fait depuis la dernière fois</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The book may be damaged</source>
        <translation>Le cahier est peut-être endommagé</translation>
    </message>
    <message>
        <source>Part of the open book could not be read: its file is damaged. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Une partie du cahier ouvert n&apos;a pas pu être lue : son fichier est endommagé. Gardez une copie dès maintenant (Fichier &gt; Enregistrer une copie sous…) et conservez les copies antérieures du cahier jusqu&apos;à ce qu&apos;il ait été examiné.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation>Delight Workshop a rencontré un problème inattendu. Tout ce qui a été saisi avant est enregistré dans le cahier ; vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>séance</numerusform>
            <numerusform>séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>contribution</numerusform>
            <numerusform>contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>action terminée</numerusform>
            <numerusform>actions terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>action ouverte</numerusform>
            <numerusform>actions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>obstacle levé</numerusform>
            <numerusform>obstacles levés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>obstacle en place</numerusform>
            <numerusform>obstacles en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n séance du %1 au %2</numerusform>
            <numerusform>%n séances du %1 au %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableurs CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documents Markdown (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words:</source>
        <translation>&amp;Mots du client :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Employee(s) to credit:</source>
        <translation>&amp;Employé(s) à remercier :</translation>
    </message>
    <message>
        <source>&amp;Playbook entry used:</source>
        <translation>&amp;Entrée du guide utilisée :</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What goes wrong, as the customer sees it</source>
        <translation>Ce qui ne va pas, vu par le client</translation>
    </message>
    <message>
        <source>The words we say first</source>
        <translation>Les premiers mots que l&apos;on dit</translation>
    </message>
    <message>
        <source>What we do to put it right</source>
        <translation>Ce que l&apos;on fait pour réparer</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui le fait</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>sans délai</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>The small surprise the customer did not expect</source>
        <translation>La petite surprise que le client n&apos;attendait pas</translation>
    </message>
    <message>
        <source>Who may give the extra</source>
        <translation>Qui peut accorder le petit plus</translation>
    </message>
    <message>
        <source>Up to what amount, e.g. €20</source>
        <translation>Jusqu&apos;à quel montant, par ex. 20 €</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Entrée dans un champ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Mishap</source>
        <translation>&amp;Raté</translation>
    </message>
    <message>
        <source>&amp;Apologise</source>
        <translation>&amp;S&apos;excuser</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>Ré&amp;parer</translation>
    </message>
    <message>
        <source>B&amp;y, within</source>
        <translation>Par &amp;qui, sous</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>Petit p&amp;lus</translation>
    </message>
    <message>
        <source>Au&amp;thorised by, up to</source>
        <translation>&amp;Autorisé par, jusqu&apos;à</translation>
    </message>
    <message>
        <source>New playbook entry</source>
        <translation>Nouvelle entrée du guide</translation>
    </message>
    <message>
        <source>Add to playbook</source>
        <translation>Ajouter au guide</translation>
    </message>
    <message>
        <source>New playbook entry from the vote</source>
        <translation>Nouvelle entrée du guide issue du vote</translation>
    </message>
    <message>
        <source>Edit playbook entry</source>
        <translation>Modifier l&apos;entrée du guide</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mishap</source>
        <translation>Raté</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Excuse</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Petit plus</translation>
    </message>
    <message>
        <source>Who can authorise</source>
        <translation>Qui peut autoriser</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bienvenue dans Delight Workshop</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Passer la visite</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>Ouvrir le cahier de &amp;démonstration</translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation>Animez des ateliers d&apos;amélioration avec votre équipe : des idées pour enchanter les clients, des obstacles à lever et des histoires de héros au projecteur, des gommettes pour voter, et un plan d&apos;action qui dit qui fait quoi pour quand.</translation>
    </message>
    <message>
        <source>Try it on the demo book first: three finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation>Essayez d&apos;abord sur le cahier de démonstration : trois séances terminées de l&apos;accueil atelier d&apos;un concessionnaire automobile, à parcourir et modifier librement.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation>Le cahier de démonstration est dans %1 mais n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>Le cahier de démonstration n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Start from last time</source>
        <translation>Partir de la dernière fois</translation>
    </message>
    <message>
        <source>Check what the last session promised: which actions are done, which obstacles are gone.</source>
        <translation>Vérifier ce que la dernière séance a promis : quelles actions sont faites, quels obstacles ont disparu.</translation>
    </message>
    <message>
        <source>Read out a hero story from customer feedback to get the room talking.</source>
        <translation>Lire une histoire de héros tirée des avis clients pour lancer la discussion.</translation>
    </message>
    <message>
        <source>Collect the ideas</source>
        <translation>Recueillir les idées</translation>
    </message>
    <message>
        <source>The team gives its ideas for the round&apos;s prompt while the timer runs.</source>
        <translation>L&apos;équipe donne ses idées pour la question de la manche pendant que le minuteur tourne.</translation>
    </message>
    <message>
        <source>Put related cards into themes and merge duplicates, so votes are not split.</source>
        <translation>Regrouper les cartes proches en thèmes et fusionner les doublons, pour ne pas disperser les votes.</translation>
    </message>
    <message>
        <source>Choose and commit</source>
        <translation>Choisir et s&apos;engager</translation>
    </message>
    <message>
        <source>Everyone spends a few dots on what the team should do first.</source>
        <translation>Chacun place quelques gommettes sur ce que l&apos;équipe devrait faire en premier.</translation>
    </message>
    <message>
        <source>Turn the winners into actions: what, who, by when, and the first step.</source>
        <translation>Transformer les gagnants en actions : quoi, qui, pour quand, et la première étape.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Boucler la boucle</translation>
    </message>
    <message>
        <source>Thank the team, print the action plan and agree when to follow it up.</source>
        <translation>Remercier l&apos;équipe, imprimer le plan d&apos;action et convenir de la date du suivi.</translation>
    </message>
    <message>
        <source>Everything is saved in the book as you go. Replay this tour from Help &gt; Tour of the Phases.</source>
        <translation>Tout est enregistré dans le cahier au fur et à mesure. Revoyez cette visite depuis Aide &gt; Visite des phases.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>What was promised</source>
        <translation>Ce qui a été promis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Promised in</source>
        <translation>Promis lors de</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Nommé par</translation>
    </message>
    <message>
        <source>Still in the way</source>
        <translation>Toujours en travers</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>Fois nommé</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Déplacer vers un thème…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation>Faites glisser des cartes sur un thème, ou sélectionnez-les et appuyez sur Ctrl+G. Ctrl+clic sur deux doublons, puis Ctrl+M les fusionne.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs cartes.</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(Aucun thème)</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Déplacer vers un thème</translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation>Thème, ou tapez-en un nouveau :</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>Nom du nouveau thème, avec %n carte sélectionnée :</numerusform>
            <numerusform>Nom du nouveau thème, avec %n cartes sélectionnées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème :</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Choisir un thème</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation>Le thème « %1 » a été supprimé ; ses cartes ne sont plus regroupées.</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation>Sélectionnez deux doublons (Ctrl+clic) à fusionner.</translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation>Fusionnées : chaque auteur et chaque vote sont conservés. Ctrl+Maj+M les sépare de nouveau.</translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation>Sélectionnez une carte fusionnée pour la séparer.</translation>
    </message>
</context>
<context>
    <name>HeroStoryModel</name>
    <message>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation>Pas encore d&apos;histoires de héros. Qui s&apos;est démené pour un client récemment ?</translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation>L&apos;enchantement au quotidien</translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation>De belles rattrapes</translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation>Merci à %1</translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation>Quelle petite chose pourrions-nous faire pour faire sourire un client ?</translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation>Qu&apos;est-ce qui nous empêche de bien servir les clients ?</translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation>Qui s&apos;est démené pour un client récemment ?</translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation>Qu&apos;est-ce qui donnerait plus de valeur à notre service aux yeux d&apos;un client ?</translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation>Ctrl+%1, ou Ctrl+K pour le type suivant</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dit par</translation>
    </message>
    <message>
        <source>Ctrl+U: next person, or type a name and Enter</source>
        <translation>Ctrl+U : personne suivante, ou tapez un nom puis Entrée</translation>
    </message>
    <message>
        <source>Type what the room says, Enter adds it. F5 shows it on the projector.</source>
        <translation>Tapez ce que dit la salle, Entrée l&apos;ajoute. F5 l&apos;affiche au projecteur.</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Zone de saisie</translation>
    </message>
    <message>
        <source>Credit to: who went the extra mile (names, separated by commas)</source>
        <translation>Remercier : qui s&apos;est démené (noms, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation>Entrée ajoute la carte · Ctrl+K type · Ctrl+U personne · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation>Mode silencieux</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation>Les nouvelles cartes restent hors du projecteur jusqu&apos;à ce que vous les révéliez.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation>Séance anonyme : aucun nom n&apos;est conservé</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation>%1 : tapez ce qui a été dit, puis Entrée</translation>
    </message>
    <message>
        <source>Nobody called “%1” in this session: Esc goes back.</source>
        <translation>Personne ne s&apos;appelle « %1 » dans cette séance : Échap pour revenir.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>%n carte maintenant sur le projecteur.</numerusform>
            <numerusform>%n cartes maintenant sur le projecteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation>Saisies : %1 cartes, les %2 plus récentes affichées</translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation>Saisies, les plus récentes d&apos;abord (%1)</translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation>Révéler les cartes masquées (%1)</translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation>Comment pourrions-nous enchanter nos clients ?</translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation>Les idées sont recueillies en silence ; elles apparaissent ensemble.</translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation>Recueil silencieux</translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation>Dites-le, et cela apparaît ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n idée d&apos;enchantement au mur</numerusform>
            <numerusform>%n idées d&apos;enchantement au mur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n obstacle au mur</numerusform>
            <numerusform>%n obstacles au mur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n histoire de héros au mur</numerusform>
            <numerusform>%n histoires de héros au mur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n idée de valeur au mur</numerusform>
            <numerusform>%n idées de valeur au mur</numerusform>
        </translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>Temps écoulé !</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation>Delight Workshop : la séance va bientôt commencer.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation>Idée d&apos;enchantement</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation>Histoire de héros</translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation>Idée de valeur</translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation>Idées d&apos;enchantement</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histoires de héros</translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation>Idées de valeur</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Enchantement au quotidien</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rattrapage</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation>La nouvelle langue prend effet au prochain démarrage de Delight Workshop. Une séance peut avoir sa propre langue pour le projecteur et le plan imprimé (Réglages de la séance).</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Langue de l&apos;application</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Aucun cahier ouvert</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Raté</translation>
    </message>
    <message>
        <source>In the playbook</source>
        <translation>Dans le guide</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animateur</translation>
    </message>
</context>
<context>
    <name>NoSessionPage</name>
    <message>
        <source>No session yet</source>
        <translation>Pas encore de séance</translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation>Commencez une séance à partir d&apos;un modèle : idées d&apos;enchantement, chasse aux obstacles, histoires de héros, idées de valeur, guide de rattrapage ou revue de suivi. Vous pouvez changer les questions, les participants et les réglages.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
</context>
<context>
    <name>NumberTyping</name>
    <message>
        <source>Item %1… type the next digit (Backspace clears it)</source>
        <translation>Élément %1… tapez le chiffre suivant (Retour arrière l&apos;efface)</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Les numéros des éléments commencent à 1.</translation>
    </message>
</context>
<context>
    <name>ObstacleForm</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Select an obstacle on the left.</source>
        <translation>Sélectionnez un obstacle à gauche.</translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation>Comment l&apos;équipe peut le contourner en attendant</translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation>Qui peut le lever pour de bon</translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation>Enregistrer l&apos;obstacle</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Entrée dans un champ</translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation>&amp;Contournement</translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation>&amp;Qui peut le lever</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
</context>
<context>
    <name>ObstacleModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Way around</source>
        <translation>Contournement</translation>
    </message>
    <message>
        <source>Who can remove it</source>
        <translation>Qui peut le lever</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flagged in</source>
        <translation>Signalé lors de</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>One name per line, or paste a list (commas and tabs work too)</source>
        <translation>Un nom par ligne, ou collez une liste (virgules et tabulations marchent aussi)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Playbook</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>Téléphones dans la salle</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Retirer le téléphone</translation>
    </message>
    <message>
        <source>The phone leaves the room; its cards and dots stay</source>
        <translation>Le téléphone quitte la salle ; ses cartes et ses gommettes restent</translation>
    </message>
    <message>
        <source>A removed phone can join again with the code.</source>
        <translation>Un téléphone retiré peut revenir avec le code.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, has voted</source>
        <translation>%1, a voté</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation>Cette phase n&apos;est pas encore disponible dans cette version de Delight Workshop.</translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation>Avancez avec Ctrl+PgSuiv, ou revenez avec Ctrl+PgPréc.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>O&amp;bstacles</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Faire une action</translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation>Entrée sur un élément, ou Ctrl+Maj+A</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up, or drag the action</source>
        <translation>Alt+Haut, ou faites glisser l&apos;action</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down, or drag the action</source>
        <translation>Alt+Bas, ou faites glisser l&apos;action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Touche Suppr ; Ctrl+Z la ramène</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Résultat du vote</translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation>Obstacles de cette séance</translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation>Le personnel est généralement bloqué par des règles et des outils, pas par la motivation. Nommez un contournement pour l&apos;instant, et qui peut lever l&apos;obstacle pour de bon.</translation>
    </message>
    <message>
        <source>Planned actions (%1) · %2 incomplete: name an owner and a due date</source>
        <translation>Actions prévues (%1) · incomplètes : %2 ; nommez un responsable et une échéance</translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation>Actions prévues (%1)</translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation>Choisissez d&apos;abord un élément du résultat du vote.</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Action supprimée. Ctrl+Z la ramène.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation>Le plan d&apos;action apparaît ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Notre plan d&apos;action</translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation>Les plus votés</translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation>responsable à trouver</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>date à fixer</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · pour le %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>within a day</source>
        <translation>dans la journée</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>sous %1 jours</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>dans l&apos;heure</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>sous %1 heures</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>réussi : %1</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>en partie : %1</translation>
    </message>
    <message>
        <source>%1 did not work</source>
        <translation>échoué : %1</translation>
    </message>
    <message>
        <source>%1 not reviewed</source>
        <translation>non évalué : %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>utilisé une fois</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>utilisé %1 fois</translation>
    </message>
    <message>
        <source>Used once: did the recovery work?</source>
        <translation>Utilisé une fois : le rattrapage a-t-il réussi ?</translation>
    </message>
    <message>
        <source>Used %1 times: did the recovery work?</source>
        <translation>Utilisé %1 fois : le rattrapage a-t-il réussi ?</translation>
    </message>
</context>
<context>
    <name>PlaybookExports</name>
    <message>
        <source>Save the Recovery Playbook as PDF</source>
        <translation>Enregistrer le guide de rattrapage en PDF</translation>
    </message>
    <message>
        <source>Save Recovery Pocket Cards</source>
        <translation>Enregistrer les cartes de poche du rattrapage</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as Markdown</source>
        <translation>Enregistrer le guide de rattrapage en Markdown</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as CSV</source>
        <translation>Enregistrer le guide de rattrapage en CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documents Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Feuilles de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}: a page for each mishap.</source>
        <translation>Le guide de rattrapage a été enregistré sous {name} : une page par raté.</translation>
    </message>
    <message>
        <source>The pocket cards were saved as {name}: print at 100 % and cut along the marks.</source>
        <translation>Les cartes de poche ont été enregistrées sous {name} : imprimez à 100 % et découpez selon les repères.</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}.</source>
        <translation>Le guide de rattrapage a été enregistré sous {name}.</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Write its recovery</source>
        <translation>Écrire son rattrapage</translation>
    </message>
    <message>
        <source>Enter on a mishap</source>
        <translation>Entrée sur un raté</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Touche Suppr ; Ctrl+Z la ramène</translation>
    </message>
    <message>
        <source>Top-voted mishaps</source>
        <translation>Ratés les plus votés</translation>
    </message>
    <message>
        <source>Recoveries the room wrote for it</source>
        <translation>Rattrapages écrits par la salle pour ce raté</translation>
    </message>
    <message>
        <source>Enter copies one into the field you were typing in.</source>
        <translation>Entrée en copie un dans le champ où vous tapiez.</translation>
    </message>
    <message>
        <source>A good recovery starts with an apology, puts things right fast (within a day), and adds something the customer did not expect. Agree who may give the extra, and up to what amount, so nobody has to ask.</source>
        <translation>Un bon rattrapage commence par une excuse, répare vite (dans la journée) et ajoute quelque chose que le client n&apos;attendait pas. Convenez de qui peut accorder le petit plus, et jusqu&apos;à quel montant, pour que personne n&apos;ait à demander.</translation>
    </message>
    <message>
        <source>Written in this session (%1)</source>
        <translation>Écrites dans cette séance (%1)</translation>
    </message>
    <message>
        <source>Pick a mishap of the vote first.</source>
        <translation>Choisissez d&apos;abord un raté du vote.</translation>
    </message>
    <message>
        <source>Added to the playbook. Ctrl+Z takes it out again.</source>
        <translation>Ajoutée au guide. Ctrl+Z l&apos;en retire.</translation>
    </message>
    <message>
        <source>Select an entry in the list below to delete it.</source>
        <translation>Sélectionnez une entrée dans la liste ci-dessous pour la supprimer.</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>Entrée supprimée. Ctrl+Z la ramène.</translation>
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
        <translation>S&apos;excuser</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>The unexpected extra</source>
        <translation>Le petit plus inattendu</translation>
    </message>
    <message>
        <source>Who can authorise it</source>
        <translation>Qui peut l&apos;autoriser</translation>
    </message>
    <message>
        <source>Each mishap gets its recovery here, as it is written.</source>
        <translation>Chaque raté reçoit ici son rattrapage, au fur et à mesure qu&apos;il est écrit.</translation>
    </message>
    <message>
        <source>Our recovery playbook</source>
        <translation>Notre guide de rattrapage</translation>
    </message>
</context>
<context>
    <name>PlaybookWindow</name>
    <message>
        <source>Recovery playbook</source>
        <translation>Guide de rattrapage</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s&apos;est passé (facultatif)</translation>
    </message>
    <message>
        <source>Record a use</source>
        <translation>Noter une utilisation</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Touche Suppr ; Ctrl+Z la ramène</translation>
    </message>
    <message>
        <source>Playbook PDF…</source>
        <translation>Guide en PDF…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>Cartes de poche…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Select an entry to see how it was used.</source>
        <translation>Sélectionnez une entrée pour voir comment elle a été utilisée.</translation>
    </message>
    <message>
        <source>Not used yet: record a use when the front line reports one.</source>
        <translation>Pas encore utilisée : notez une utilisation quand le terrain en signale une.</translation>
    </message>
</context>
<context>
    <name>PlaybookWrapup</name>
    <message>
        <source>Playbook as PDF…</source>
        <translation>Guide en PDF…</translation>
    </message>
    <message>
        <source>Pocket cards to cut out…</source>
        <translation>Cartes de poche à découper…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tableur (CSV)…</translation>
    </message>
    <message>
        <source>The whole playbook…</source>
        <translation>Le guide entier…</translation>
    </message>
    <message>
        <source>Hand out the playbook</source>
        <translation>Distribuer le guide</translation>
    </message>
    <message>
        <source>Print the pocket cards for everyone at the counter. Next time, the follow-up asks which recoveries were used and whether they worked.</source>
        <translation>Imprimez les cartes de poche pour tous ceux qui sont au comptoir. La prochaine fois, le suivi demande quels rattrapages ont été utilisés et s&apos;ils ont réussi.</translation>
    </message>
    <message>
        <source>Written in this session</source>
        <translation>Écrites dans cette séance</translation>
    </message>
    <message>
        <source>Mishaps named: %1 · recoveries suggested: %2 · written into the playbook: %3 (entries in the whole playbook: %4)</source>
        <translation>Ratés nommés : %1 · rattrapages proposés : %2 · écrits dans le guide : %3 (entrées dans tout le guide : %4)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Worked</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Réussi ?</translation>
    </message>
    <message>
        <source>Recoveries used</source>
        <translation>Rattrapages utilisés</translation>
    </message>
    <message>
        <source>Not known (0)</source>
        <translation>Inconnu (0)</translation>
    </message>
    <message>
        <source>Did the recovery work? Select one: 1 worked, 2 partly, 3 not.</source>
        <translation>Le rattrapage a-t-il réussi ? Choisissez : 1 réussi, 2 en partie, 3 échoué.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Depuis la dernière fois</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histoires de héros</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Le mur</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Recovery playbook</source>
        <translation>Guide de rattrapage</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation>Delight Workshop : projecteur</translation>
    </message>
    <message>
        <source>Esc or F5: back to the console</source>
        <translation>Échap ou F5 : retour à la console</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation>À égalité avec un autre élément</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Enchantement au quotidien</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation>Pas encore d&apos;actions des séances précédentes : un nouveau départ.</translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation>Fait depuis la dernière fois : merci !</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>était prévu pour le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>This book is on a network drive</source>
        <translation>Ce cahier est sur un lecteur réseau</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). Sharing one live book there is unsafe: SQLite cannot lock it reliably over the network, and a book changed from two computers can be damaged. Keep each team&apos;s book on its own computer, and to see several teams together collect copies in a folder and use File &gt; Roll-up of Several Books…</source>
        <translation>« %1 » est sur un lecteur réseau (%2). Y partager un cahier en cours d&apos;utilisation n&apos;est pas sûr : SQLite ne peut pas le verrouiller de façon fiable à travers le réseau, et un cahier modifié depuis deux ordinateurs peut être endommagé. Gardez le cahier de chaque équipe sur son propre ordinateur et, pour voir plusieurs équipes ensemble, rassemblez des copies dans un dossier et utilisez Fichier &gt; Synthèse de plusieurs cahiers…</translation>
    </message>
    <message>
        <source>The roll-up reads copies of the teams&apos; books side by side. It never changes a book: each team keeps its own book on its facilitator&apos;s laptop, and copies are collected in a folder (sent by e-mail, or a folder the teams sync with the tools they already use). Do not share one live book on a network drive for several people to open: SQLite cannot lock a file reliably over a network, and a book written from two computers can be damaged. Roll up the copies instead.
Obstacles in different teams&apos; words are grouped by similarity: a higher threshold groups only closer wordings. Merge groups that mean the same, split one that does not; the grouping is kept in a .rollup.json file beside the export, never in the books.</source>
        <translation>La synthèse lit côte à côte des copies des cahiers des équipes. Elle ne modifie jamais un cahier : chaque équipe garde son propre cahier sur l&apos;ordinateur portable de son animateur, et les copies sont rassemblées dans un dossier (envoyées par e-mail, ou un dossier que les équipes synchronisent avec les outils qu&apos;elles utilisent déjà). Ne partagez pas un cahier en cours d&apos;utilisation sur un lecteur réseau pour que plusieurs personnes l&apos;ouvrent : SQLite ne peut pas verrouiller un fichier de façon fiable à travers un réseau, et un cahier écrit depuis deux ordinateurs peut être endommagé. Faites plutôt la synthèse des copies.
Les obstacles formulés différemment selon les équipes sont regroupés par similarité : un seuil plus élevé ne regroupe que les formulations plus proches. Fusionnez les groupes qui veulent dire la même chose, séparez ceux qui ne le font pas ; le regroupement est conservé dans un fichier .rollup.json à côté de l&apos;export, jamais dans les cahiers.</translation>
    </message>
    <message>
        <source>The team&apos;s name (from its book, else the file&apos;s name)</source>
        <translation>Le nom de l&apos;équipe (tiré de son cahier, sinon le nom du fichier)</translation>
    </message>
    <message>
        <source>The date of the latest session held</source>
        <translation>La date de la dernière séance tenue</translation>
    </message>
    <message>
        <source>Sessions held so far</source>
        <translation>Séances tenues jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Delight and value ideas per session held</source>
        <translation>Idées d&apos;enchantement et de valeur par séance tenue</translation>
    </message>
    <message>
        <source>Actions open or in progress</source>
        <translation>Actions ouvertes ou en cours</translation>
    </message>
    <message>
        <source>Open actions past their due date</source>
        <translation>Actions ouvertes dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <source>Obstacles open or in progress</source>
        <translation>Obstacles ouverts ou en cours</translation>
    </message>
    <message>
        <source>Obstacles in the way for more than 90 days</source>
        <translation>Obstacles en place depuis plus de 90 jours</translation>
    </message>
    <message>
        <source>Median days from flagging an obstacle to its removal</source>
        <translation>Nombre médian de jours entre le signalement d&apos;un obstacle et sa levée</translation>
    </message>
    <message>
        <source>Hero stories (of which routine delight)</source>
        <translation>Histoires de héros (dont enchantement au quotidien)</translation>
    </message>
    <message>
        <source>Recognition: 2 per routine-delight story, 1 per recovery</source>
        <translation>Reconnaissance : 2 par histoire d&apos;enchantement au quotidien, 1 par rattrapage</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Phones…</source>
        <translation>Téléphones…</translation>
    </message>
    <message>
        <source>See the phones in the room; remove one</source>
        <translation>Voir les téléphones dans la salle ; en retirer un</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Stop serving the phones; every phone is disconnected</source>
        <translation>Arrêter de servir les téléphones ; chaque téléphone est déconnecté</translation>
    </message>
    <message>
        <source>Let the room join from their phones on the local network</source>
        <translation>Laisser la salle se connecter depuis les téléphones sur le réseau local</translation>
    </message>
    <message>
        <source>Phones can write and vote once you open the room.</source>
        <translation>Les téléphones peuvent écrire et voter dès que vous ouvrez la salle.</translation>
    </message>
    <message>
        <source>Join: %1  code: %2</source>
        <translation>Rejoindre : %1  code : %2</translation>
    </message>
    <message>
        <source>%1 (this computer only: no network found)</source>
        <translation>%1 (cet ordinateur seulement : aucun réseau trouvé)</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Téléphones dans la salle : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Téléphones ayant voté : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RoomJoinPanel</name>
    <message>
        <source>Join on your phone: scan the code, or open</source>
        <translation>Rejoignez depuis votre téléphone : scannez le code, ou ouvrez</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Téléphones dans la salle : %1</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Téléphones ayant voté : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Rounds and their prompts</source>
        <translation>Manches et leurs questions</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Ajouter une manche</translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation>La question à laquelle la salle répond dans cette manche</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Importer des avis clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation>{0} histoires de héros importées (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation>{0} idées de valeur reprises dans cette séance</translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation>Reprendre des idées de valeur de la réserve</translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation>La réserve est vide : chaque idée de valeur antérieure est mise en œuvre ou déjà dans cette séance.</translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation>Idées de valeur des séances précédentes</translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation>Des idées pas encore transformées en action. Cochez celles à remettre au vote (Espace coche) ; elles sont copiées dans cette séance comme nouvelles cartes.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation>&amp;Reprendre {0} dans cette séance</translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation>{0} gommettes</translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation>soulevée dans {0} séances</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>pas encore utilisée</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>✓ written</source>
        <translation>✓ écrit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>réussi : %1</translation>
    </message>
    <message>
        <source>Open %1 · in progress %2 · removed %3 · won&apos;t fix %4</source>
        <translation>Ouverts %1 · en cours %2 · levés %3 · ne seront pas corrigés %4</translation>
    </message>
    <message>
        <source>In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3</source>
        <translation>En travers depuis moins de 30 jours : %1 · 30 à 90 jours : %2 · plus de 90 : %3</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <source>by similarity</source>
        <translation>par similarité</translation>
    </message>
    <message>
        <source>Roll-up of several books</source>
        <translation>Synthèse de plusieurs cahiers</translation>
    </message>
    <message>
        <source>Add a &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;Books…</source>
        <translation>Ajouter des &amp;cahiers…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>part of a team&apos;s name</source>
        <translation>une partie du nom d&apos;une équipe</translation>
    </message>
    <message>
        <source>Double-click a team to open its book in the console</source>
        <translation>Double-cliquez sur une équipe pour ouvrir son cahier dans la console</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>&amp;Seuil de similarité :</translation>
    </message>
    <message>
        <source>Higher: only closer wordings are grouped as one obstacle</source>
        <translation>Plus élevé : seules les formulations plus proches sont regroupées en un obstacle</translation>
    </message>
    <message>
        <source>Show obstacles named by &amp;one team</source>
        <translation>Afficher les obstacles nommés par une seule &amp;équipe</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <source>The selected groups name the same obstacle</source>
        <translation>Les groupes sélectionnés nomment le même obstacle</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>Sé&amp;parer</translation>
    </message>
    <message>
        <source>Each wording of the selected groups stands alone</source>
        <translation>Chaque formulation des groupes sélectionnés redevient indépendante</translation>
    </message>
    <message>
        <source>&amp;Let the Threshold Decide</source>
        <translation>&amp;Laisser le seuil décider</translation>
    </message>
    <message>
        <source>Roll up the books of a folder</source>
        <translation>Synthétiser les cahiers d&apos;un dossier</translation>
    </message>
    <message>
        <source>Roll up workshop books</source>
        <translation>Synthétiser des cahiers d&apos;atelier</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Obstacles many teams share</source>
        <translation>Obstacles communs à plusieurs équipes</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)</source>
        <translation>Cahiers d&apos;atelier (*%1);;Fichiers de synthèse (*.rollup.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading book %1 of %2…</source>
        <translation>Lecture du cahier %1 sur %2…</translation>
    </message>
    <message>
        <source>Choose a folder of books, or the books themselves: they are only read.</source>
        <translation>Choisissez un dossier de cahiers, ou les cahiers eux-mêmes : ils sont seulement lus.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days · median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of routine delight · %9 obstacles shared by two teams or more</source>
        <translation>Actions ouvertes : %1, dont %2 en retard · obstacles en travers : %3, dont %4 depuis plus de 90 jours · médiane de %5 jours pour en lever un · séances tenues : %6 · histoires de héros : %7, dont %8 d&apos;enchantement au quotidien · obstacles communs à deux équipes ou plus : %9</translation>
    </message>
    <message>
        <source>Saved %1 (grouping kept in %2)</source>
        <translation>%1 enregistré (regroupement conservé dans %2)</translation>
    </message>
    <message>
        <source>Cannot open the roll-up file</source>
        <translation>Impossible d&apos;ouvrir le fichier de synthèse</translation>
    </message>
    <message>
        <source>Cannot save the grouping</source>
        <translation>Impossible d&apos;enregistrer le regroupement</translation>
    </message>
    <message>
        <source>Cannot export the roll-up</source>
        <translation>Impossible d&apos;exporter la synthèse</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Saved {0} in {1}: this computer has no program that opens PDF files.</source>
        <translation>{0} enregistré dans {1} : cet ordinateur n&apos;a aucun programme qui ouvre les fichiers PDF.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation>&amp;Exporter les actions ouvertes (PDF)…</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>Contributions par séance</translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation>Actions par séance : faites et ouvertes</translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation>Obstacles par séance : levés et en travers</translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation>Exporter les actions ouvertes</translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation>Pas encore de séance dans ce cahier.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>{due}
{n} days late</source>
        <translation>{due}
{n} j de retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>%1  (other wordings: %2)</source>
        <translation>%1  (autres formulations : %2)</translation>
    </message>
    <message>
        <source>Teams rolled up: %1</source>
        <translation>Équipes synthétisées : %1</translation>
    </message>
    <message>
        <source>Files skipped (%1): %2</source>
        <translation>Fichiers ignorés (%1) : %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>en travers</translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation>Impossible d&apos;exporter les actions ouvertes : {0}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation>Enchantement au quotidien (compte double dans la reconnaissance)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation>Marquer les histoires comme :</translation>
    </message>
    <message>
        <source>Recovery &amp;used:</source>
        <translation>&amp;Rattrapage utilisé :</translation>
    </message>
    <message>
        <source>(none, or as the playbook column says)</source>
        <translation>(aucun, ou selon la colonne guide)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation>Les avis positifs deviennent des histoires de héros : choisissez la colonne qui contient les mots du client et, si le fichier les a, la date, le client et les employés à remercier (plusieurs noms séparés par ; ou ,).</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation>Choisissez un fichier CSV exporté de votre outil d&apos;enquête.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>Choisissez la colonne qui contient les mots du client.</translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation>{0} histoires de héros seront ajoutées à cette séance.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation>&amp;Importer {0} histoires</translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation>{0} lignes vides sont ignorées.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>Ce fichier ne peut pas être lu : {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n&apos;a été importé : {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation>Rien d&apos;ouvert des séances précédentes : table rase.</translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation>Fait  (D)</translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation>En cours, nouvelle date…  (P)</translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation>Abandonné, avec une raison…  (X)</translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation>Fait depuis la dernière fois</translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation>Rien de clos depuis la dernière séance. Marquez-en une comme faite avec D.</translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation>Suivi : qu&apos;avons-nous promis la dernière fois ?</translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation>Célébrez celles-ci d&apos;abord.</translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation>Touches : D fait · P en cours avec une nouvelle date · X abandonné avec une raison · ↑↓ action suivante</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation>{0} ouvertes des séances précédentes</translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation>Fait depuis la dernière fois : {0}</translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation> (abandonnée : {0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} en retard</translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation>{0} closes à l&apos;instant</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>Première étape : {0}</translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation>Aide nécessaire : {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Note : {0}</translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation>Tableau des obstacles</translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation>Chaque obstacle signalé par l&apos;équipe, jusqu&apos;à ce que quelqu&apos;un le lève.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation>Toujours en travers (ouvert ou en cours)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation>Qui peut le &amp;lever :</translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation>F2 ou double-clic modifie le contournement et qui peut le lever · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Personne de nommé</translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation>signalé {0}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>ne sera pas corrigé</translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation>jours médians jusqu&apos;à la levée</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>{0} sur {1} affichés</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Imprimer le certificat…</translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation>Un certificat d&apos;une page avec cette histoire, prêt à encadrer</translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation>Aucune histoire de héros ne remercie quelqu&apos;un sur cette période.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Enchantement au quotidien</translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation>Score : {routine} points par histoire d&apos;enchantement au quotidien, {recovery} par rattrapage. L&apos;enchantement au quotidien compte plus qu&apos;un sauvetage spectaculaire : personne ne devrait avoir besoin d&apos;un raté pour briller.</translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation>{name} : 1 histoire, score {score}</translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation>{name} : {n} histoires, score {score}</translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation>Impossible d&apos;enregistrer le certificat : {0}</translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation>En cours : nouvelle date</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nouvelle échéance :</translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation>Ce qu&apos;il reste à faire (facultatif)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation>Abandonner l&apos;action</translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation>Pourquoi est-elle abandonnée ? (requis)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation>Comme l&apos;application</translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation>La langue du projecteur, du plan d&apos;action imprimé et de la page des téléphones</translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation>&amp;Langue de la séance</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Séances du cahier</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Pas encore de séance.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Réglages de la séance</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Chercher une commande ou une touche…</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Ne sera pas corrigé</translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)</source>
        <translation>Aller à %1 (Ctrl+PgSuiv / Ctrl+PgPréc pour parcourir)</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Mots du client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Ideas / session</source>
        <translation>Idées / séance</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>In the way</source>
        <translation>En travers</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 jours</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours médians</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histoires de héros</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation>Durée de la manche en minutes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Start or pause the timer (Ctrl+T)</source>
        <translation>Lancer ou mettre en pause le minuteur (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation>Ajouter une minute (Ctrl+=)</translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation>Revenir à la durée de la manche (Ctrl+R)</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Minuteur de la manche</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a chime when time is up (View &gt; Sound When Time Is Up)</source>
        <translation>Jouer un carillon quand le temps est écoulé (Affichage &gt; Son quand le temps est écoulé)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
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
        <translation>Minuteur en marche : %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Minuteur : %1</translation>
    </message>
</context>
<context>
    <name>UseModel</name>
    <message>
        <source>Used on</source>
        <translation>Utilisé le</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Raté</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note or story</source>
        <translation>Note ou histoire</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation>Chacun son tour à l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>À main levée</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Sur leurs téléphones</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation>Gommettes maximum d&apos;une personne sur un élément</translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation>Secret jusqu&apos;à la révélation</translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation>Masquer les décomptes au projecteur tant que le vote est ouvert</translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation>Combien de personnes votent (la séance ne liste personne)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation>Ouvrir le vote (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation>Clore le vote et révéler</translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation>Clore le vote et révéler (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>Gommettes chacun</translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation>Maximum par élément</translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation>Mains levées, puis Entrée</translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation>Mains pour l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>Éléments précédents</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Plus d&apos;éléments</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation>Reprendre ma dernière gommette</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>Votant précédent</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Votant suivant</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Entrée ou Tab</translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation>Choisissez une séance où voter.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation>Rien à voter pour l&apos;instant : saisissez et révélez d&apos;abord quelques idées.</translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector (Ctrl+Z reopens voting).</source>
        <translation>Le vote est clos. Le résultat est ci-dessous et au projecteur (Ctrl+Z rouvre le vote).</translation>
    </message>
    <message>
        <source>An item&apos;s number, or Up/Down and Space: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation>Numéro d&apos;un élément, ou Haut/Bas et Espace : donner une gommette · Retour arrière : la reprendre · Entrée ou Tab : votant suivant · PgPréc/PgSuiv : plus d&apos;éléments</translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation>Réglez les limites, puis ouvrez le vote.</translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation>À main levée : sélectionnez un élément, tapez le nombre, appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation>Tout le monde a voté. Clôturez le vote pour révéler le résultat.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1 : il reste %2 gommettes sur %3</translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation>Haut/Bas : choisir un élément · tapez le nombre · Entrée : l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation>Éléments %1-%2 sur %3</translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Rien à voter pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>%n gommette de %1 votants</numerusform>
            <numerusform>%n gommettes de %1 votants</numerusform>
        </translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation>%1 gommettes chacun, au plus %2 sur un élément</translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation>Le vote va bientôt s&apos;ouvrir</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>À main levée</translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation>Levez la main pour l&apos;élément lu à voix haute.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Votez sur votre téléphone</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Tout le monde a voté</translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation>Le résultat suit à la clôture du vote.</translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation>1-9 : donner une gommette · Retour arrière : la reprendre · Entrée : personne suivante</translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation>Les décomptes restent secrets jusqu&apos;à la clôture du vote.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>ex æquo</translation>
    </message>
</context>
<context>
    <name>VotingSettings</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation>Anonyme : ne garder aucun nom avec les cartes</translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation>Chacun son tour, à l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>À main levée</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Sur leurs téléphones</translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation>Garder les votes secrets jusqu&apos;à la clôture</translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation>Mode silencieux : les nouvelles cartes restent hors du projecteur</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Gommettes maximum sur un élément</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Voter %1 of %2</source>
        <translation>Votant %1 sur %2</translation>
    </message>
    <message>
        <source>Part of the book could not be read: the ballot is empty.</source>
        <translation>Une partie du cahier n&apos;a pas pu être lue : le bulletin est vide.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n&apos;y a pas d&apos;élément %1.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>Le vote n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation>Plus de gommettes : appuyez sur Entrée pour passer au votant suivant.</translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation>Au plus %1 gommettes sur un élément : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Rien à reprendre.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation>Pas encore d&apos;idées au mur.</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Pas encore regroupé</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Non regroupé</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation>À lire à la salle</translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation>Histoires de héros tirées des avis clients</translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation>Commencez par ce qui a bien marché. Reconnaissez l&apos;enchantement au quotidien d&apos;une journée ordinaire avant le sauvetage spectaculaire : personne ne devrait avoir besoin d&apos;un raté pour briller.</translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation>Ajouter une histoire de héros</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation>Ce qui s&apos;est passé, dans les mots du client si vous les avez</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Edit story and credits…</source>
        <translation>Modifier l&apos;histoire et les remerciements…</translation>
    </message>
    <message>
        <source>F2, or double-click a story</source>
        <translation>F2, ou double-clic sur une histoire</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Ajouter l&apos;histoire</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Type the story someone tells, Ctrl+S adds it.</source>
        <translation>Tapez l&apos;histoire que quelqu&apos;un raconte, Ctrl+S l&apos;ajoute.</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Histoire</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Remercier</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation>Pas encore d&apos;histoires de héros. Ajoutez la première à droite.</translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation>merci à %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>client : %1</translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation>Écrivez d&apos;abord l&apos;histoire.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bienvenue dans Delight Workshop</translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation>Tout ce que votre équipe dit en atelier est gardé dans un cahier d&apos;atelier : un fichier par équipe, avec toutes ses séances, idées, votes et actions.</translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation>Nouveau cahier ailleurs…</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Ouvrir un cahier…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Cahiers récents</translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation>Créer « %1 » dans %2</translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation>Plan d&apos;action en PDF…</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>Imprimer le plan d&apos;action…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tableur (CSV)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation>Échéances vers le calendrier…</translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation>Gommettes données</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation>Distribuer le plan</translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation>La prochaine fois, la séance commence par le suivi : lesquelles de ces actions sont faites, et qu&apos;est-ce qui a gêné.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Le plan d&apos;action</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>animée par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
</context>
</TS>
