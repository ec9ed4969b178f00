<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation>Acerca de Delight Workshop</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Better service comes from the people who give it: the team brings its own ideas to delight customers, names the obstacles in the way and the hero stories worth repeating, votes, and leaves with an action plan that management helps carry out.</source>
        <translation>El mejor servicio viene de quienes lo prestan: el equipo aporta sus propias ideas para encantar a los clientes, nombra los obstáculos del camino y las historias de héroes que vale la pena repetir, vota, y se va con un plan de acción que la dirección ayuda a llevar a cabo.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation>Software libre bajo la licencia MIT. Incluye las fuentes DejaVu Sans (licencia Bitstream Vera), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola y HanaMinB (licencias libres).</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation>Qt %1, PySide6 %2, Python %3 en %4</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation>Quién lo hace realidad</translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation>Lo siguiente que hay que hacer, esta semana</translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation>Lo que hará la dirección para ayudar</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, o Intro en un campo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;Primer paso</translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation>&amp;Ayuda necesaria</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Ayuda necesaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Capture &amp;Delight Ideas</source>
        <translation>Recoger ideas de &amp;encanto</translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation>Recoger &amp;obstáculos</translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation>Recoger &amp;historias de héroes</translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation>Recoger ideas de &amp;valor</translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation>&amp;Tipo siguiente</translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation>Cambiar el tipo de la próxima tarjeta: idea de encanto, obstáculo, historia de héroe, idea de valor</translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation>Las próximas tarjetas son de este tipo</translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation>&amp;Persona siguiente</translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation>Quién dijo la próxima tarjeta: el siguiente participante, o sin nombre</translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation>Persona anterior</translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation>Quién dijo la próxima tarjeta: el participante anterior</translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation>Modo si&amp;lencioso</translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation>Mantener las tarjetas nuevas fuera del proyector hasta que las revele</translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation>Re&amp;velar tarjetas ocultas</translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation>Mostrar en el proyector cada tarjeta retenida en modo silencioso</translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation>&amp;Convertir el elemento en acción</translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation>Convertir el elemento clasificado seleccionado en una acción</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation>Deshacer el último cambio en el cuaderno</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio recién deshecho</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>&amp;Editar tarjeta…</translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation>Cambiar el texto, el tipo o el autor de la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation>Eliminar lo seleccionado (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation>&amp;Mover a un tema…</translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation>Poner las tarjetas seleccionadas en un tema</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Nuevo &amp;tema…</translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation>Añadir un tema (con las tarjetas seleccionadas dentro)</translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation>Re&amp;nombrar tema…</translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation>Renombrar el tema cuya columna tiene el foco</translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation>Eliminar t&amp;ema</translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation>Eliminar un tema; sus tarjetas se quedan, sin agrupar</translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation>&amp;Fusionar duplicados</translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation>Fusionar las tarjetas seleccionadas en la más antigua, conservando cada autor y cada voto</translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation>&amp;Separar duplicados</translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation>Volver a independizar los duplicados fusionados de la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation>Plan de acción en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation>Guardar el plan de acción de la sesión como PDF para repartir</translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;Imprimir plan de acción…</translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation>Imprimir el plan de acción de la sesión</translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation>Como &amp;CSV (hoja de cálculo)…</translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation>Las tarjetas, votos y acciones de la sesión para una hoja de cálculo</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Como &amp;Markdown…</translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation>La sesión como documento de texto</translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation>Fechas límite al &amp;calendario…</translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation>Las fechas límite de las acciones como archivo de calendario</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Nuevo cuaderno…</translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation>Empezar un nuevo cuaderno de taller (un archivo por equipo)</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Abrir cuaderno…</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Abrir un cuaderno de taller</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation>Cuadernos abiertos últimamente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation>Guardar el formulario que está rellenando; el cuaderno guarda cada cambio al instante</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation>Escribir una copia de todo el cuaderno en otro archivo</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>&amp;Cerrar cuaderno</translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation>Cerrar el cuaderno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation>Salir de Delight Workshop</translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation>Recorrido por las fases</translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation>Recorrer de nuevo los pasos de una sesión, una línea cada uno</translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation>Acerca de Delight Workshop</translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation>Versión, el método detrás de la aplicación, licencia</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation>Empezar una sesión desde una plantilla; cambiar sus preguntas, participantes y ajustes</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Ajustes de la sesión…</translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation>Título, fecha, participantes, preguntas, anonimato y límites de votación</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Eliminar sesión…</translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation>Eliminar esta sesión y todo su contenido</translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation>Fase &amp;anterior</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Volver a la fase anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>Fase &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation>Ir a la siguiente fase de la sesión</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Iniciar temporizador</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Iniciar o pausar el temporizador de la ronda</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Añadir un minuto</translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation>Un minuto más en el temporizador</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>Reini&amp;ciar temporizador</translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation>Devolver el temporizador a la duración de la ronda</translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation>&amp;Duración de la ronda…</translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation>Cuántos minutos dura una ronda</translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation>&amp;Lista de sesiones</translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation>Mostrar u ocultar la lista de sesiones (más espacio en una pantalla pequeña)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>Colores &amp;oscuros</translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation>Cambiar entre colores claros y oscuros</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation>Usar toda la pantalla para la consola</translation>
    </message>
    <message>
        <source>Sound When Time Is &amp;Up</source>
        <translation>&amp;Sonido al acabar el tiempo</translation>
    </message>
    <message>
        <source>Play a chime when the round timer reaches zero</source>
        <translation>Hacer sonar un aviso cuando el temporizador de la ronda llega a cero</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation>El idioma de la aplicación (se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Cada orden y sus teclas</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Open or close the projector view: full screen on a second screen, or over the console with one screen (Esc or F5 comes back)</source>
        <translation>Abrir o cerrar la vista del proyector: a pantalla completa en una segunda pantalla, o sobre la consola si solo hay una (Esc o F5 vuelve)</translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation>Página siguiente del proyector</translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation>Mostrar la página siguiente del muro o la lista del proyector</translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation>Página anterior del proyector</translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation>Mostrar la página anterior del muro o la lista del proyector</translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation>Tablero de &amp;obstáculos</translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation>Cada obstáculo del cuaderno, su estado y quién puede quitarlo</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Reconocimiento</translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation>Empleados ordenados por historias de héroes; imprimir un certificado</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation>Sesiones, contribuciones, acciones y obstáculos de todo el cuaderno</translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation>Importar &amp;opiniones de clientes…</translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation>Convertir el CSV de opiniones de clientes de una herramienta de encuestas en historias de héroes</translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation>Traer ideas de valor de la &amp;reserva…</translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation>Copiar a la votación de esta sesión las ideas de valor anteriores aún no realizadas</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>Abrir la votación</translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation>Abrir la votación con puntos con los límites fijados en la página Votar</translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation>Cerrar la votación y revelar</translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation>Cerrar la votación y mostrar el resultado ordenado en el proyector</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Guía de recuperación</translation>
    </message>
    <message>
        <source>The recovery playbook: each mishap&apos;s apology, fix and extra, and how it went</source>
        <translation>La guía de recuperación: la disculpa, el arreglo y el detalle extra de cada percance, y cómo fue</translation>
    </message>
    <message>
        <source>Recovery &amp;Playbook as PDF…</source>
        <translation>&amp;Guía de recuperación en PDF…</translation>
    </message>
    <message>
        <source>The recovery playbook, a page per mishap in large type</source>
        <translation>La guía de recuperación, una página por percance en letra grande</translation>
    </message>
    <message>
        <source>Recovery Poc&amp;ket Cards…</source>
        <translation>&amp;Tarjetas de bolsillo de recuperación…</translation>
    </message>
    <message>
        <source>Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise</source>
        <translation>Tarjetas del tamaño de una tarjeta de crédito para recortar: percance, disculpa, arreglo, detalle extra, quién puede autorizarlo</translation>
    </message>
    <message>
        <source>Recovery Playbook as Markdo&amp;wn…</source>
        <translation>Guía de recuperación en Markdo&amp;wn…</translation>
    </message>
    <message>
        <source>The recovery playbook as a text document</source>
        <translation>La guía de recuperación como documento de texto</translation>
    </message>
    <message>
        <source>Recovery Playbook as CS&amp;V…</source>
        <translation>Guía de recuperación en CS&amp;V…</translation>
    </message>
    <message>
        <source>The recovery playbook with its record of use, for a spreadsheet</source>
        <translation>La guía de recuperación con su registro de usos, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Roll-&amp;up of Several Books…</source>
        <translation>Consolidado de &amp;varios cuadernos…</translation>
    </message>
    <message>
        <source>Many teams&apos; books side by side, read-only: late actions, shared obstacles, hero stories</source>
        <translation>Los cuadernos de muchos equipos lado a lado, en solo lectura: acciones atrasadas, obstáculos compartidos, historias de héroes</translation>
    </message>
    <message>
        <source>Close the &amp;Room</source>
        <translation>Cerrar la sa&amp;la</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>A&amp;brir la sala…</translation>
    </message>
    <message>
        <source>Let the room join this session from their phones (or close the room)</source>
        <translation>Permitir que la sala se una a esta sesión desde sus teléfonos (o cerrar la sala)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation>Modo silencioso activado: las tarjetas nuevas quedan fuera del proyector hasta que las revele.</translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation>Modo silencioso desactivado: las tarjetas nuevas aparecen en el proyector al instante.</translation>
    </message>
    <message>
        <source>Cards now on the projector: %1</source>
        <translation>Tarjetas ahora en el proyector: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation>Las exportaciones no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation>Exportar plan de acción como PDF</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder} (opened for you).</source>
        <translation>Se guardó en la carpeta {folder} (que se ha abierto).</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder}.</source>
        <translation>Se guardó en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Ningún programa para abrirlo</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>Export Due Dates to a Calendar File</source>
        <translation>Exportar fechas límite a un archivo de calendario</translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation>Imprimir plan de acción</translation>
    </message>
    <message>
        <source>Actions with a due date, saved as {name}: {n}.</source>
        <translation>Acciones con fecha límite, guardadas como {name}: {n}.</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}.</source>
        <translation>Este ordenador no tiene ningún programa que abra {name}.</translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation>El plan de acción se guardó como {name}.</translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation>Las contribuciones se guardaron como {name}.</translation>
    </message>
    <message>
        <source>Actions without a due date, left out: {n}.</source>
        <translation>Acciones sin fecha límite, dejadas fuera: {n}.</translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation>No se pudo escribir {name}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation>Todo está ya en «%1»: cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>No hay cuadernos recientes</translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation>¿Eliminar la sesión «%1» con todas sus tarjetas, votos y acciones? Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>Duración de la ronda</translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation>Minutos para esta ronda:</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>&amp;Pausar temporizador</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Iniciar temporizador</translation>
    </message>
    <message>
        <source>Incomplete: every action needs an owner and a due date.</source>
        <translation>Incompleta: cada acción necesita un responsable y una fecha límite.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>aún sin responsable</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message>
        <source>The playbook is empty: write an entry first (View &gt; Playbook).</source>
        <translation>La guía de recuperación está vacía: primero hay que escribir una entrada (Ver &gt; Guía de recuperación).</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>The phones join over this network:</source>
        <translation>Los teléfonos se conectan por esta red:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>La sala no puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-18; Alt+Down opens a calendar</source>
        <translation>Fecha en formato 2026-12-18; Alt+Abajo abre un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for none</source>
        <translation>AAAA-MM-DD, o vacío si no hay fecha</translation>
    </message>
    <message>
        <source>Type a date, such as 2026-12-18.</source>
        <translation>Falta la fecha, por ejemplo 2026-12-18.</translation>
    </message>
    <message>
        <source>“%1” is not a day on the calendar: type it as 2026-12-18.</source>
        <translation>«%1» no es un día del calendario: el formato es 2026-12-18.</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Texto aún no añadido</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Añadirlo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You typed this but did not add it yet:</source>
        <translation>Escribió esto pero aún no lo añadió:</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Este votante</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nada que mostrar aún</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Not grouped yet</source>
        <translation>Aún sin agrupar</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>The book was changed by another program.</source>
        <translation>Otro programa modificó el cuaderno.</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation>Cuadernos de taller (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>No se puede crear el cuaderno</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>No se puede abrir el cuaderno</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation>«%1» ya existe. Ábralo en su lugar.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation>«%1» está en uso: está abierto en otra ventana de Delight Workshop. Ciérrelo allí primero, o abra una copia.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the folder is read-only.</source>
        <translation>No se puede crear «%1»: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Some changes could not be recovered</source>
        <translation>No se pudieron recuperar algunos cambios</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and part of its journal was damaged: the book opened with every change up to the damaged part. A copy of the journal was kept as “%2” for recovery.</source>
        <translation>«%1» no se cerró correctamente y parte de su registro de cambios estaba dañada: el cuaderno se abrió con todos los cambios hasta la parte dañada. Se conservó una copia del registro como «%2» para recuperarla.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing can be changed; File &gt; Save a Copy As… makes a copy you can edit.</source>
        <translation>«%1» es de solo lectura: no se puede cambiar nada; Archivo &gt; Guardar una copia como… crea una copia editable.</translation>
    </message>
    <message>
        <source>The book may be damaged</source>
        <translation>Puede que el cuaderno esté dañado</translation>
    </message>
    <message>
        <source>A check of “%1” found a problem: %2

What you add is still saved. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Una comprobación de «%1» encontró un problema: %2

Lo que se añada se sigue guardando. Conviene guardar una copia ahora (Archivo &gt; Guardar una copia como…) y conservar las copias anteriores del cuaderno hasta que alguien lo revise.</translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation>Nuevo cuaderno de taller</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Abrir un cuaderno de taller</translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation>Guardar una copia del cuaderno</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation>Elija un nombre distinto al del cuaderno abierto.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Cards deleted: %1. Ctrl+Z brings them back.</source>
        <translation>Tarjetas eliminadas: %1. Ctrl+Z las recupera.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation>+%1 fusionada(s)</translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation>oculta en el proyector</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation>Esta sesión es anónima: no se guardan nombres.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Reconocer a</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Dicho por</translation>
    </message>
</context>
<context>
    <name>ClosedModel</name>
    <message>
        <source>Done since last time</source>
        <translation>Hecho desde la última vez</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The book may be damaged</source>
        <translation>Puede que el cuaderno esté dañado</translation>
    </message>
    <message>
        <source>Part of the open book could not be read: its file is damaged. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>No se pudo leer parte del cuaderno abierto: su archivo está dañado. Conviene guardar una copia ahora (Archivo &gt; Guardar una copia como…) y conservar las copias anteriores del cuaderno hasta que alguien lo revise.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Los detalles se escribieron en %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation>Delight Workshop encontró un problema inesperado. Todo lo introducido antes está guardado en el cuaderno; puede continuar.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>sesión</numerusform>
            <numerusform>sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>contribución</numerusform>
            <numerusform>contribuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>acción hecha</numerusform>
            <numerusform>acciones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>acción abierta</numerusform>
            <numerusform>acciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>obstáculo quitado</numerusform>
            <numerusform>obstáculos quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>obstáculo en el camino</numerusform>
            <numerusform>obstáculos en el camino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n sesión del %1 al %2</numerusform>
            <numerusform>%n sesiones del %1 al %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documentos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words:</source>
        <translation>&amp;Palabras del cliente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Employee(s) to credit:</source>
        <translation>&amp;Empleado(s) a reconocer:</translation>
    </message>
    <message>
        <source>&amp;Playbook entry used:</source>
        <translation>Entrada de la &amp;guía usada:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What goes wrong, as the customer sees it</source>
        <translation>Qué sale mal, tal como lo ve el cliente</translation>
    </message>
    <message>
        <source>The words we say first</source>
        <translation>Las palabras que decimos primero</translation>
    </message>
    <message>
        <source>What we do to put it right</source>
        <translation>Lo que hacemos para arreglarlo</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>The small surprise the customer did not expect</source>
        <translation>La pequeña sorpresa que el cliente no esperaba</translation>
    </message>
    <message>
        <source>Who may give the extra</source>
        <translation>Quién puede dar el detalle extra</translation>
    </message>
    <message>
        <source>Up to what amount, e.g. €20</source>
        <translation>Hasta qué importe, p. ej. 20 €</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, o Intro en un campo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&amp;Mishap</source>
        <translation>&amp;Percance</translation>
    </message>
    <message>
        <source>&amp;Apologise</source>
        <translation>&amp;Disculparse</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>&amp;Arreglarlo</translation>
    </message>
    <message>
        <source>B&amp;y, within</source>
        <translation>&amp;Quién y en qué plazo</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>Detalle e&amp;xtra</translation>
    </message>
    <message>
        <source>Au&amp;thorised by, up to</source>
        <translation>Au&amp;toriza, hasta</translation>
    </message>
    <message>
        <source>New playbook entry</source>
        <translation>Nueva entrada de la guía</translation>
    </message>
    <message>
        <source>Add to playbook</source>
        <translation>Añadir a la guía</translation>
    </message>
    <message>
        <source>New playbook entry from the vote</source>
        <translation>Nueva entrada de la guía a partir de la votación</translation>
    </message>
    <message>
        <source>Edit playbook entry</source>
        <translation>Editar entrada de la guía</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mishap</source>
        <translation>Percance</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Arreglo</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Detalle extra</translation>
    </message>
    <message>
        <source>Who can authorise</source>
        <translation>Quién puede autorizar</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bienvenido a Delight Workshop</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Saltar recorrido</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>Abrir el cuaderno de &amp;demostración</translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation>Dirija talleres de mejora con su equipo: ideas para encantar a los clientes, obstáculos que quitar e historias de héroes en el proyector, puntos para votar y un plan de acción que dice quién hace qué y para cuándo.</translation>
    </message>
    <message>
        <source>Try it on the demo book first: three finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation>Conviene probarlo primero con el cuaderno de demostración: tres sesiones terminadas del mostrador de servicio de un concesionario de coches, que se pueden recorrer y cambiar libremente.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation>El cuaderno de demostración está en %1 pero no se pudo abrir.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>No se pudo crear el cuaderno de demostración: %1</translation>
    </message>
    <message>
        <source>Start from last time</source>
        <translation>Partir de la última vez</translation>
    </message>
    <message>
        <source>Check what the last session promised: which actions are done, which obstacles are gone.</source>
        <translation>Comprobar lo que prometió la última sesión: qué acciones están hechas y qué obstáculos han desaparecido.</translation>
    </message>
    <message>
        <source>Read out a hero story from customer feedback to get the room talking.</source>
        <translation>Leer en voz alta una historia de héroe de las opiniones de clientes para que la sala empiece a hablar.</translation>
    </message>
    <message>
        <source>Collect the ideas</source>
        <translation>Recoger las ideas</translation>
    </message>
    <message>
        <source>The team gives its ideas for the round&apos;s prompt while the timer runs.</source>
        <translation>El equipo da sus ideas para la pregunta de la ronda mientras corre el temporizador.</translation>
    </message>
    <message>
        <source>Put related cards into themes and merge duplicates, so votes are not split.</source>
        <translation>Poner las tarjetas relacionadas en temas y fusionar los duplicados, para que los votos no se dividan.</translation>
    </message>
    <message>
        <source>Choose and commit</source>
        <translation>Elegir y comprometerse</translation>
    </message>
    <message>
        <source>Everyone spends a few dots on what the team should do first.</source>
        <translation>Cada uno reparte unos puntos en lo que el equipo debería hacer primero.</translation>
    </message>
    <message>
        <source>Turn the winners into actions: what, who, by when, and the first step.</source>
        <translation>Convertir los ganadores en acciones: qué, quién, para cuándo y el primer paso.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Cerrar el círculo</translation>
    </message>
    <message>
        <source>Thank the team, print the action plan and agree when to follow it up.</source>
        <translation>Dar las gracias al equipo, imprimir el plan de acción y acordar cuándo hacer el seguimiento.</translation>
    </message>
    <message>
        <source>Everything is saved in the book as you go. Replay this tour from Help &gt; Tour of the Phases.</source>
        <translation>Todo se guarda en el cuaderno sobre la marcha. Repita este recorrido desde Ayuda &gt; Recorrido por las fases.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>What was promised</source>
        <translation>Lo que se prometió</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Promised in</source>
        <translation>Prometido en</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Nombrado por</translation>
    </message>
    <message>
        <source>Still in the way</source>
        <translation>Aún en el camino</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>Veces nombrado</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Mover a un tema…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation>Arrastre tarjetas a un tema, o selecciónelas y pulse Ctrl+G. Ctrl+clic en dos duplicados, y Ctrl+M los fusiona.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Seleccione primero una o varias tarjetas.</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(Sin tema)</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Mover a un tema</translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation>Tema, o escriba uno nuevo:</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>Nombre del nuevo tema, con %n tarjeta seleccionada:</numerusform>
            <numerusform>Nombre del nuevo tema, con %n tarjetas seleccionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nombre del nuevo tema:</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renombrar tema</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation>Se eliminó el tema «%1»; sus tarjetas quedan sin agrupar.</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation>Seleccione dos duplicados (Ctrl+clic) para fusionarlos.</translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation>Fusionadas: se conservan todos los autores y votos. Ctrl+Mayús+M las separa de nuevo.</translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation>Seleccione una tarjeta fusionada para separarla.</translation>
    </message>
</context>
<context>
    <name>HeroStoryModel</name>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation>Aún no hay historias de héroes. ¿Quién se esforzó de más por un cliente últimamente?</translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation>Encanto cotidiano</translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation>Grandes recuperaciones</translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation>Gracias a %1</translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation>¿Qué pequeña cosa podríamos hacer para que un cliente sonría?</translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation>¿Qué nos impide atender bien a los clientes?</translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation>¿Quién se esforzó de más por un cliente últimamente?</translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation>¿Qué haría que nuestro servicio valiera más para un cliente?</translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation>Ctrl+%1, o Ctrl+K para el tipo siguiente</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dicho por</translation>
    </message>
    <message>
        <source>Ctrl+U: next person, or type a name and Enter</source>
        <translation>Ctrl+U: persona siguiente, o escribir un nombre e Intro</translation>
    </message>
    <message>
        <source>Type what the room says, Enter adds it. F5 shows it on the projector.</source>
        <translation>Escribir lo que dice la sala; Intro lo añade. F5 lo muestra en el proyector.</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Cuadro de captura</translation>
    </message>
    <message>
        <source>Credit to: who went the extra mile (names, separated by commas)</source>
        <translation>Reconocer a: quién se esforzó de más (nombres, separados por comas)</translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation>Intro añade la tarjeta · Ctrl+K tipo · Ctrl+U persona · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Recogidas</translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation>Modo silencioso</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation>Las tarjetas nuevas quedan fuera del proyector hasta que las revele.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Hasta ahora</translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation>Sesión anónima: no se guardan nombres</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation>%1: escriba lo que se dijo, luego Intro</translation>
    </message>
    <message>
        <source>Nobody called “%1” in this session: Esc goes back.</source>
        <translation>Nadie se llama «%1» en esta sesión: Esc vuelve atrás.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>%n tarjeta ahora en el proyector.</numerusform>
            <numerusform>%n tarjetas ahora en el proyector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation>Recogidas: %1 tarjetas, se muestran las %2 más recientes</translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation>Recogidas, las más recientes primero (%1)</translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation>Revelar tarjetas ocultas (%1)</translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation>¿Cómo podríamos encantar a nuestros clientes?</translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation>Las ideas se recogen en silencio; aparecen juntas.</translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation>Recogida silenciosa</translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation>Dígalo y aparecerá aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n idea de encanto en el muro</numerusform>
            <numerusform>%n ideas de encanto en el muro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n obstáculo en el muro</numerusform>
            <numerusform>%n obstáculos en el muro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n historia de héroe en el muro</numerusform>
            <numerusform>%n historias de héroes en el muro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n idea de valor en el muro</numerusform>
            <numerusform>%n ideas de valor en el muro</numerusform>
        </translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>¡Tiempo!</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation>Delight Workshop: la sesión empezará en breve.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation>Idea de encanto</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation>Historia de héroe</translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation>Idea de valor</translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation>Ideas de encanto</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Historias de héroes</translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation>Ideas de valor</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encanto cotidiano</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Delight Workshop. Una sesión puede tener su propio idioma para el proyector y el plan impreso (Ajustes de la sesión).</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Idioma de la aplicación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Ningún cuaderno abierto</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MishapModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Percance</translation>
    </message>
    <message>
        <source>In the playbook</source>
        <translation>En la guía</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Crear sesión</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitador</translation>
    </message>
</context>
<context>
    <name>NoSessionPage</name>
    <message>
        <source>No session yet</source>
        <translation>Aún no hay sesión</translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation>Empiece una sesión desde una plantilla: ideas de encanto, caza de obstáculos, historias de héroes, ideas de valor, guía de recuperación del servicio o revisión de seguimiento. Puede cambiar las preguntas, los participantes y los ajustes.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
</context>
<context>
    <name>NumberTyping</name>
    <message>
        <source>Item %1… type the next digit (Backspace clears it)</source>
        <translation>Elemento %1… falta la siguiente cifra (Retroceso la borra)</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Los números de elemento empiezan en 1.</translation>
    </message>
</context>
<context>
    <name>ObstacleForm</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Select an obstacle on the left.</source>
        <translation>Seleccione un obstáculo a la izquierda.</translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation>Cómo puede el equipo sortearlo mientras tanto</translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation>Quién puede quitarlo para siempre</translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation>Guardar obstáculo</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, o Intro en un campo</translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation>&amp;Alternativa</translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation>&amp;Quién puede quitarlo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>ObstacleModel</name>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Way around</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Who can remove it</source>
        <translation>Quién puede quitarlo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Flagged in</source>
        <translation>Señalado en</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>One name per line, or paste a list (commas and tabs work too)</source>
        <translation>Un nombre por línea, o pegue una lista (también sirven comas y tabuladores)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Playbook</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation>Idear</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>Teléfonos en la sala</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar teléfono</translation>
    </message>
    <message>
        <source>The phone leaves the room; its cards and dots stay</source>
        <translation>El teléfono sale de la sala; sus tarjetas y puntos se quedan</translation>
    </message>
    <message>
        <source>A removed phone can join again with the code.</source>
        <translation>Un teléfono quitado puede volver a unirse con el código.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, has voted</source>
        <translation>%1, ha votado</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation>Esta fase aún no está disponible en esta versión de Delight Workshop.</translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation>Avance con Ctrl+AvPág, o vuelva con Ctrl+RePág.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>O&amp;bstáculos</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Crear una acción</translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation>Intro sobre un elemento, o Ctrl+Mayús+A</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Alt+Up, or drag the action</source>
        <translation>Alt+Arriba, o arrastrar la acción</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down, or drag the action</source>
        <translation>Alt+Abajo, o arrastrar la acción</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Resultado de la votación</translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation>Obstáculos de esta sesión</translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation>Al personal suelen frenarlo las reglas y las herramientas, no la motivación. Nombre una alternativa por ahora, y quién puede quitar el obstáculo para siempre.</translation>
    </message>
    <message>
        <source>Planned actions (%1) · %2 incomplete: name an owner and a due date</source>
        <translation>Acciones planificadas (%1) · %2 incompletas: falta nombrar un responsable y una fecha límite</translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation>Acciones planificadas (%1)</translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation>Elija primero un elemento del resultado de la votación.</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Acción eliminada. Ctrl+Z la recupera.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation>El plan de acción aparece aquí a medida que se hace.</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Nuestro plan de acción</translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation>Los más votados</translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation>responsable por encontrar</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>fecha por fijar</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · para el %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>within a day</source>
        <translation>en un día</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>en una hora</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>en %1 horas</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 con éxito</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>%1 en parte</translation>
    </message>
    <message>
        <source>%1 did not work</source>
        <translation>%1 sin éxito</translation>
    </message>
    <message>
        <source>%1 not reviewed</source>
        <translation>%1 sin revisar</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>usada una vez</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>usada %1 veces</translation>
    </message>
    <message>
        <source>Used once: did the recovery work?</source>
        <translation>Usada una vez: ¿funcionó la recuperación?</translation>
    </message>
    <message>
        <source>Used %1 times: did the recovery work?</source>
        <translation>Usada %1 veces: ¿funcionó la recuperación?</translation>
    </message>
</context>
<context>
    <name>PlaybookExports</name>
    <message>
        <source>Save the Recovery Playbook as PDF</source>
        <translation>Guardar la guía de recuperación como PDF</translation>
    </message>
    <message>
        <source>Save Recovery Pocket Cards</source>
        <translation>Guardar las tarjetas de bolsillo de recuperación</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as Markdown</source>
        <translation>Guardar la guía de recuperación como Markdown</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as CSV</source>
        <translation>Guardar la guía de recuperación como CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documentos Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}: a page for each mishap.</source>
        <translation>La guía de recuperación se guardó como {name}: una página por percance.</translation>
    </message>
    <message>
        <source>The pocket cards were saved as {name}: print at 100 % and cut along the marks.</source>
        <translation>Las tarjetas de bolsillo se guardaron como {name}: imprimir al 100 % y recortar por las marcas.</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}.</source>
        <translation>La guía de recuperación se guardó como {name}.</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Write its recovery</source>
        <translation>Escribir su recuperación</translation>
    </message>
    <message>
        <source>Enter on a mishap</source>
        <translation>Intro sobre un percance</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Top-voted mishaps</source>
        <translation>Percances más votados</translation>
    </message>
    <message>
        <source>Recoveries the room wrote for it</source>
        <translation>Recuperaciones que la sala escribió para él</translation>
    </message>
    <message>
        <source>Enter copies one into the field you were typing in.</source>
        <translation>Intro copia una en el campo en el que se estaba escribiendo.</translation>
    </message>
    <message>
        <source>A good recovery starts with an apology, puts things right fast (within a day), and adds something the customer did not expect. Agree who may give the extra, and up to what amount, so nobody has to ask.</source>
        <translation>Una buena recuperación empieza con una disculpa, arregla las cosas rápido (en un día) y añade algo que el cliente no esperaba. Hay que acordar quién puede dar el detalle extra, y hasta qué importe, para que nadie tenga que preguntar.</translation>
    </message>
    <message>
        <source>Written in this session (%1)</source>
        <translation>Escritas en esta sesión (%1)</translation>
    </message>
    <message>
        <source>Pick a mishap of the vote first.</source>
        <translation>Primero hay que elegir un percance de la votación.</translation>
    </message>
    <message>
        <source>Added to the playbook. Ctrl+Z takes it out again.</source>
        <translation>Añadida a la guía. Ctrl+Z la vuelve a quitar.</translation>
    </message>
    <message>
        <source>Select an entry in the list below to delete it.</source>
        <translation>Seleccionar una entrada en la lista de abajo para eliminarla.</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>Entrada eliminada. Ctrl+Z la recupera.</translation>
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
        <translation>Disculparse</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Arreglarlo</translation>
    </message>
    <message>
        <source>The unexpected extra</source>
        <translation>El detalle inesperado</translation>
    </message>
    <message>
        <source>Who can authorise it</source>
        <translation>Quién puede autorizarlo</translation>
    </message>
    <message>
        <source>Each mishap gets its recovery here, as it is written.</source>
        <translation>Aquí aparece la recuperación de cada percance a medida que se escribe.</translation>
    </message>
    <message>
        <source>Our recovery playbook</source>
        <translation>Nuestra guía de recuperación</translation>
    </message>
</context>
<context>
    <name>PlaybookWindow</name>
    <message>
        <source>Recovery playbook</source>
        <translation>Guía de recuperación</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué pasó (opcional)</translation>
    </message>
    <message>
        <source>Record a use</source>
        <translation>Registrar un uso</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Playbook PDF…</source>
        <translation>Guía en PDF…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>Tarjetas de bolsillo…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Select an entry to see how it was used.</source>
        <translation>Seleccionar una entrada para ver cómo se usó.</translation>
    </message>
    <message>
        <source>Not used yet: record a use when the front line reports one.</source>
        <translation>Aún sin usar: registrar un uso cuando el personal de primera línea informe de uno.</translation>
    </message>
</context>
<context>
    <name>PlaybookWrapup</name>
    <message>
        <source>Playbook as PDF…</source>
        <translation>Guía en PDF…</translation>
    </message>
    <message>
        <source>Pocket cards to cut out…</source>
        <translation>Tarjetas de bolsillo para recortar…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>The whole playbook…</source>
        <translation>La guía completa…</translation>
    </message>
    <message>
        <source>Hand out the playbook</source>
        <translation>Repartir la guía</translation>
    </message>
    <message>
        <source>Print the pocket cards for everyone at the counter. Next time, the follow-up asks which recoveries were used and whether they worked.</source>
        <translation>Imprimir las tarjetas de bolsillo para todo el personal del mostrador. La próxima vez, el seguimiento pregunta qué recuperaciones se usaron y si funcionaron.</translation>
    </message>
    <message>
        <source>Written in this session</source>
        <translation>Escritas en esta sesión</translation>
    </message>
    <message>
        <source>Mishaps named: %1 · recoveries suggested: %2 · written into the playbook: %3 (entries in the whole playbook: %4)</source>
        <translation>Percances nombrados: %1 · recuperaciones propuestas: %2 · escritas en la guía: %3 (entradas en toda la guía: %4)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Worked</source>
        <translation>Funcionó</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>No funcionó</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>¿Funcionó?</translation>
    </message>
    <message>
        <source>Recoveries used</source>
        <translation>Recuperaciones usadas</translation>
    </message>
    <message>
        <source>Not known (0)</source>
        <translation>No se sabe (0)</translation>
    </message>
    <message>
        <source>Did the recovery work? Select one: 1 worked, 2 partly, 3 not.</source>
        <translation>¿Funcionó la recuperación? Elegir una opción: 1 funcionó, 2 en parte, 3 no.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Desde la última vez</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Historias de héroes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>El muro</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Recovery playbook</source>
        <translation>Guía de recuperación</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation>Delight Workshop: proyector</translation>
    </message>
    <message>
        <source>Esc or F5: back to the console</source>
        <translation>Esc o F5: volver a la consola</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation>Empatado con otro elemento</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encanto cotidiano</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation>Aún no hay acciones de sesiones anteriores: un nuevo comienzo.</translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation>Hecho desde la última vez: ¡gracias!</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Aún por hacer</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>vencía el %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>This book is on a network drive</source>
        <translation>Este cuaderno está en una unidad de red</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). Sharing one live book there is unsafe: SQLite cannot lock it reliably over the network, and a book changed from two computers can be damaged. Keep each team&apos;s book on its own computer, and to see several teams together collect copies in a folder and use File &gt; Roll-up of Several Books…</source>
        <translation>«%1» está en una unidad de red (%2). Compartir ahí un cuaderno en uso no es seguro: SQLite no puede bloquearlo de forma fiable a través de la red, y un cuaderno modificado desde dos ordenadores puede dañarse. Conviene tener el cuaderno de cada equipo en su propio ordenador y, para ver varios equipos juntos, reunir copias en una carpeta y usar Archivo &gt; Consolidado de varios cuadernos…</translation>
    </message>
    <message>
        <source>The roll-up reads copies of the teams&apos; books side by side. It never changes a book: each team keeps its own book on its facilitator&apos;s laptop, and copies are collected in a folder (sent by e-mail, or a folder the teams sync with the tools they already use). Do not share one live book on a network drive for several people to open: SQLite cannot lock a file reliably over a network, and a book written from two computers can be damaged. Roll up the copies instead.
Obstacles in different teams&apos; words are grouped by similarity: a higher threshold groups only closer wordings. Merge groups that mean the same, split one that does not; the grouping is kept in a .rollup.json file beside the export, never in the books.</source>
        <translation>El consolidado lee copias de los cuadernos de los equipos lado a lado. Nunca cambia un cuaderno: cada equipo conserva su propio cuaderno en el portátil de su facilitador, y las copias se reúnen en una carpeta (enviadas por correo electrónico, o una carpeta que los equipos sincronizan con las herramientas que ya usan). No hay que compartir un cuaderno en uso en una unidad de red para que lo abran varias personas: SQLite no puede bloquear un archivo de forma fiable a través de una red, y un cuaderno escrito desde dos ordenadores puede dañarse. Mejor consolidar las copias.
Los obstáculos expresados con palabras distintas por cada equipo se agrupan por similitud: un umbral más alto solo agrupa redacciones más parecidas. Los grupos que significan lo mismo se pueden fusionar, y uno que no, separar; la agrupación se guarda en un archivo .rollup.json junto a la exportación, nunca en los cuadernos.</translation>
    </message>
    <message>
        <source>The team&apos;s name (from its book, else the file&apos;s name)</source>
        <translation>El nombre del equipo (de su cuaderno; si no, el nombre del archivo)</translation>
    </message>
    <message>
        <source>The date of the latest session held</source>
        <translation>La fecha de la última sesión celebrada</translation>
    </message>
    <message>
        <source>Sessions held so far</source>
        <translation>Sesiones celebradas hasta ahora</translation>
    </message>
    <message>
        <source>Delight and value ideas per session held</source>
        <translation>Ideas de encanto y de valor por sesión celebrada</translation>
    </message>
    <message>
        <source>Actions open or in progress</source>
        <translation>Acciones abiertas o en curso</translation>
    </message>
    <message>
        <source>Open actions past their due date</source>
        <translation>Acciones abiertas pasada su fecha límite</translation>
    </message>
    <message>
        <source>Obstacles open or in progress</source>
        <translation>Obstáculos abiertos o en curso</translation>
    </message>
    <message>
        <source>Obstacles in the way for more than 90 days</source>
        <translation>Obstáculos en el camino desde hace más de 90 días</translation>
    </message>
    <message>
        <source>Median days from flagging an obstacle to its removal</source>
        <translation>Mediana de días desde que se señala un obstáculo hasta que se quita</translation>
    </message>
    <message>
        <source>Hero stories (of which routine delight)</source>
        <translation>Historias de héroes (de ellas, de encanto cotidiano)</translation>
    </message>
    <message>
        <source>Recognition: 2 per routine-delight story, 1 per recovery</source>
        <translation>Reconocimiento: 2 por historia de encanto cotidiano, 1 por recuperación</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Phones…</source>
        <translation>Teléfonos…</translation>
    </message>
    <message>
        <source>See the phones in the room; remove one</source>
        <translation>Ver los teléfonos de la sala; quitar uno</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Cerrar la sala</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>Stop serving the phones; every phone is disconnected</source>
        <translation>Dejar de atender a los teléfonos; todos se desconectan</translation>
    </message>
    <message>
        <source>Let the room join from their phones on the local network</source>
        <translation>Permitir que la sala se una desde sus teléfonos en la red local</translation>
    </message>
    <message>
        <source>Phones can write and vote once you open the room.</source>
        <translation>Los teléfonos pueden escribir y votar una vez abierta la sala.</translation>
    </message>
    <message>
        <source>Join: %1  code: %2</source>
        <translation>Unirse: %1  código: %2</translation>
    </message>
    <message>
        <source>%1 (this computer only: no network found)</source>
        <translation>%1 (solo este ordenador: no se encontró ninguna red)</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Teléfonos en la sala: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Teléfonos que han votado: %1</translation>
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
        <translation>Para unirse desde el teléfono: escanear el código o abrir</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Teléfonos en la sala: %1</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Teléfonos que han votado: %1</translation>
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
        <translation>Rondas y sus preguntas</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Añadir una ronda</translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation>La pregunta que responde la sala en esta ronda</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Importar opiniones de clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation>Se importaron {0} historias de héroes (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation>Se trajeron {0} ideas de valor a esta sesión</translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation>Traer ideas de valor de la reserva</translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation>La reserva está vacía: cada idea de valor anterior está realizada o ya en esta sesión.</translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation>Ideas de valor de sesiones anteriores</translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation>Ideas aún no convertidas en acción. Marque las que quiera volver a votar (Espacio marca); se copian en esta sesión como tarjetas nuevas.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation>&amp;Traer {0} a esta sesión</translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation>{0} puntos</translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation>planteada en {0} sesiones</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>aún sin usar</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, hasta %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>✓ written</source>
        <translation>✓ escrita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 con éxito</translation>
    </message>
    <message>
        <source>Open %1 · in progress %2 · removed %3 · won&apos;t fix %4</source>
        <translation>Abiertos %1 · en curso %2 · quitados %3 · no se arreglarán %4</translation>
    </message>
    <message>
        <source>In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3</source>
        <translation>En el camino menos de 30 días: %1 · de 30 a 90 días: %2 · más de 90: %3</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>by similarity</source>
        <translation>por similitud</translation>
    </message>
    <message>
        <source>Roll-up of several books</source>
        <translation>Consolidado de varios cuadernos</translation>
    </message>
    <message>
        <source>Add a &amp;Folder…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add &amp;Books…</source>
        <translation>Añadir cua&amp;dernos…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>part of a team&apos;s name</source>
        <translation>parte del nombre de un equipo</translation>
    </message>
    <message>
        <source>Double-click a team to open its book in the console</source>
        <translation>Doble clic en un equipo para abrir su cuaderno en la consola</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>&amp;Umbral de similitud:</translation>
    </message>
    <message>
        <source>Higher: only closer wordings are grouped as one obstacle</source>
        <translation>Más alto: solo las redacciones más parecidas se agrupan como un obstáculo</translation>
    </message>
    <message>
        <source>Show obstacles named by &amp;one team</source>
        <translation>Mostrar obstáculos de un s&amp;olo equipo</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>Fusio&amp;nar seleccionados</translation>
    </message>
    <message>
        <source>The selected groups name the same obstacle</source>
        <translation>Los grupos seleccionados nombran el mismo obstáculo</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Separar</translation>
    </message>
    <message>
        <source>Each wording of the selected groups stands alone</source>
        <translation>Cada redacción de los grupos seleccionados queda por separado</translation>
    </message>
    <message>
        <source>&amp;Let the Threshold Decide</source>
        <translation>De&amp;jar que decida el umbral</translation>
    </message>
    <message>
        <source>Roll up the books of a folder</source>
        <translation>Consolidar los cuadernos de una carpeta</translation>
    </message>
    <message>
        <source>Roll up workshop books</source>
        <translation>Consolidar cuadernos de taller</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>Exportar el consolidado</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Obstacles many teams share</source>
        <translation>Obstáculos que comparten muchos equipos</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)</source>
        <translation>Cuadernos de taller (*%1);;Archivos de consolidado (*.rollup.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading book %1 of %2…</source>
        <translation>Leyendo el cuaderno %1 de %2…</translation>
    </message>
    <message>
        <source>Choose a folder of books, or the books themselves: they are only read.</source>
        <translation>Elegir una carpeta de cuadernos, o los propios cuadernos: solo se leen.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days · median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of routine delight · %9 obstacles shared by two teams or more</source>
        <translation>%1 acciones abiertas, %2 vencidas · %3 obstáculos en el camino, %4 desde hace más de 90 días · mediana de %5 días para quitar uno · %6 sesiones celebradas · %7 historias de héroes, %8 de encanto cotidiano · %9 obstáculos compartidos por dos equipos o más</translation>
    </message>
    <message>
        <source>Saved %1 (grouping kept in %2)</source>
        <translation>Guardado %1 (agrupación conservada en %2)</translation>
    </message>
    <message>
        <source>Cannot open the roll-up file</source>
        <translation>No se puede abrir el archivo de consolidado</translation>
    </message>
    <message>
        <source>Cannot save the grouping</source>
        <translation>No se puede guardar la agrupación</translation>
    </message>
    <message>
        <source>Cannot export the roll-up</source>
        <translation>No se puede exportar el consolidado</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <source>Saved {0} in {1}: this computer has no program that opens PDF files.</source>
        <translation>Guardado {0} en {1}: este ordenador no tiene ningún programa que abra archivos PDF.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation>&amp;Exportar acciones abiertas (PDF)…</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sesiones por mes</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>Contribuciones por sesión</translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation>Acciones por sesión: hechas y abiertas</translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation>Obstáculos por sesión: quitados y en el camino</translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation>Exportar acciones abiertas</translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation>Aún no hay sesiones en este cuaderno.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>{due}
{n} days late</source>
        <translation>{due}
{n} días de retraso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>%1  (other wordings: %2)</source>
        <translation>%1  (otras formulaciones: %2)</translation>
    </message>
    <message>
        <source>Teams rolled up: %1</source>
        <translation>Equipos consolidados: %1</translation>
    </message>
    <message>
        <source>Files skipped (%1): %2</source>
        <translation>Archivos omitidos (%1): %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>en el camino</translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation>No se pudieron exportar las acciones abiertas: {0}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation>Encanto cotidiano (cuenta doble en el reconocimiento)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation>Marcar las historias como:</translation>
    </message>
    <message>
        <source>Recovery &amp;used:</source>
        <translation>Recuperación &amp;usada:</translation>
    </message>
    <message>
        <source>(none, or as the playbook column says)</source>
        <translation>(ninguna, o la que indique la columna de la guía)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>guía</translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation>Las opiniones positivas se convierten en historias de héroes: elija qué columna contiene las palabras del cliente y, si el archivo las tiene, la fecha, el cliente y los empleados a reconocer (varios nombres separados por ; o ,).</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation>Elija un archivo CSV exportado de su herramienta de encuestas.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>Elija la columna que contiene las palabras del cliente.</translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation>Se añadirán {0} historias de héroes a esta sesión.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation>&amp;Importar {0} historias</translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation>Se omiten {0} filas vacías.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>No se puede leer este archivo: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation>Nada abierto de sesiones anteriores: borrón y cuenta nueva.</translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation>Hecho  (D)</translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation>En curso, nueva fecha…  (P)</translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation>Descartado, con un motivo…  (X)</translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation>Hecho desde la última vez</translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation>Aún no se ha cerrado nada desde la última sesión. Marque una como hecha con D.</translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation>Seguimiento: ¿qué prometimos la última vez?</translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation>Celebre estas primero.</translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation>Teclas: D hecho · P en curso con nueva fecha · X descartado con motivo · ↑↓ acción siguiente</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation>{0} abiertas de sesiones anteriores</translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation>Hecho desde la última vez: {0}</translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation> (descartada: {0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} vencidas</translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation>{0} cerradas ahora mismo</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>Primer paso: {0}</translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation>Ayuda necesaria: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation>Tablero de obstáculos</translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation>Cada obstáculo que el equipo ha señalado, hasta que alguien lo quite.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation>Aún en el camino (abierto o en curso)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation>Quién puede &amp;quitarlo:</translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation>F2 o doble clic edita la alternativa y quién puede quitarlo · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Nadie nombrado aún</translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation>señalado {0}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>no se arreglará</translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation>mediana de días hasta quitarlo</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>Mostrando {0} de {1}</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Imprimir certificado…</translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation>Un certificado de una página con esta historia, listo para enmarcar</translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation>Ninguna historia de héroe reconoce a nadie en este periodo.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encanto cotidiano</translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation>Puntuación: {routine} puntos por cada historia de encanto cotidiano, {recovery} por cada recuperación. El encanto cotidiano cuenta más que un rescate dramático: nadie debería necesitar un fallo para brillar.</translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation>{name}: 1 historia, puntuación {score}</translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation>{name}: {n} historias, puntuación {score}</translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation>No se pudo guardar el certificado: {0}</translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation>En curso: nueva fecha</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nueva fecha límite:</translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation>Lo que queda por hacer (opcional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation>Descartar acción</translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation>¿Por qué se descarta? (obligatorio)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation>Igual que la aplicación</translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation>El idioma del proyector, del plan de acción impreso y de la página de los teléfonos</translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation>&amp;Idioma de la sesión</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Sessions of the book</source>
        <translation>Sesiones del cuaderno</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Ajustes de la sesión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Buscar una orden o una tecla…</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>No se arreglará</translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Go to %1 (Ctrl+PgDown / Ctrl+PgUp step through)</source>
        <translation>Ir a %1 (Ctrl+AvPág / Ctrl+RePág para recorrer)</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Palabras del cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Ideas / session</source>
        <translation>Ideas / sesión</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>In the way</source>
        <translation>En el camino</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 días</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Historias de héroes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
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
        <translation>Duración de la ronda en minutos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start or pause the timer (Ctrl+T)</source>
        <translation>Iniciar o pausar el temporizador (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation>Añadir un minuto (Ctrl+=)</translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation>Volver a la duración de la ronda (Ctrl+R)</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Temporizador de la ronda</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a chime when time is up (View &gt; Sound When Time Is Up)</source>
        <translation>Hacer sonar un aviso cuando se acaba el tiempo (Ver &gt; Sonido al acabar el tiempo)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Timer running: %1</source>
        <translation>Temporizador en marcha: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Temporizador: %1</translation>
    </message>
</context>
<context>
    <name>UseModel</name>
    <message>
        <source>Used on</source>
        <translation>Usada el</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Percance</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Note or story</source>
        <translation>Nota o historia</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation>Por turnos en el portátil</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>A mano alzada</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>En sus teléfonos</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation>Máximo de puntos de una persona a un elemento</translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation>Secreto hasta revelarlo</translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation>Ocultar los recuentos en el proyector mientras la votación está abierta</translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation>Cuántas personas votan (la sesión no lista a nadie)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>Abrir votación</translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation>Abrir votación (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation>Cerrar votación y revelar</translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation>Cerrar votación y revelar (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>Puntos cada uno</translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation>Máximo por elemento</translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation>Manos alzadas, luego Intro</translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation>Manos para el elemento seleccionado</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>Elementos anteriores</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>RePág</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Más elementos</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>AvPág</translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation>Retirar mi último punto</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>Votante anterior</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Mayús+Tab</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Votante siguiente</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Intro o Tab</translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation>Elija una sesión en la que votar.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation>Nada que votar aún: recoja y revele primero algunas ideas.</translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector (Ctrl+Z reopens voting).</source>
        <translation>La votación está cerrada. El resultado está abajo y en el proyector (Ctrl+Z reabre la votación).</translation>
    </message>
    <message>
        <source>An item&apos;s number, or Up/Down and Space: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation>El número de un elemento, o Arriba/Abajo y Espacio: dar un punto · Retroceso: retirarlo · Intro o Tab: votante siguiente · RePág/AvPág: más elementos</translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation>Fije los límites, luego abra la votación.</translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation>A mano alzada: seleccione un elemento, escriba el número, pulse Intro.</translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation>Todos han votado. Cierre la votación para revelar el resultado.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: quedan %2 de %3 puntos</translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation>Arriba/Abajo: elegir un elemento · escriba el número · Intro: registrarlo</translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation>Elementos %1-%2 de %3</translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Nada que votar aún.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>%n punto de %1 votantes</numerusform>
            <numerusform>%n puntos de %1 votantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation>%1 puntos cada uno, como máximo %2 en un elemento</translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation>La votación se abrirá en breve</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>A mano alzada</translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation>Levante la mano por el elemento que se lee.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Vote en su teléfono</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Todos han votado</translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation>El resultado llega cuando se cierre la votación.</translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation>1-9: dar un punto · Retroceso: retirarlo · Intro: persona siguiente</translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation>Los recuentos siguen en secreto hasta que se cierre la votación.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>empate</translation>
    </message>
</context>
<context>
    <name>VotingSettings</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation>Anónima: no guardar nombres con las tarjetas</translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation>Por turnos, en el portátil</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>A mano alzada</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>En sus teléfonos</translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation>Mantener los votos en secreto hasta cerrar la votación</translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation>Modo silencioso: las tarjetas nuevas quedan fuera del proyector</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Máximo de puntos en un elemento</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Voter %1 of %2</source>
        <translation>Votante %1 de %2</translation>
    </message>
    <message>
        <source>Part of the book could not be read: the ballot is empty.</source>
        <translation>No se pudo leer parte del cuaderno: la papeleta está vacía.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>La votación no está abierta.</translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation>No quedan puntos: pulse Intro para pasar al votante siguiente.</translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation>Como máximo %1 puntos en un elemento: elija otro.</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Nada que retirar.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation>Aún no hay ideas en el muro.</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Aún sin agrupar</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation>Leer en voz alta a la sala</translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation>Historias de héroes de las opiniones de clientes</translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation>Empiece por lo que salió bien. Reconozca el encanto cotidiano de un día normal por encima del rescate dramático: nadie debería necesitar un percance para brillar.</translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation>Añadir una historia de héroe</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation>Qué pasó, con las palabras del cliente si las tiene</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>Edit story and credits…</source>
        <translation>Editar historia y reconocimientos…</translation>
    </message>
    <message>
        <source>F2, or double-click a story</source>
        <translation>F2, o doble clic en una historia</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Añadir historia</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Type the story someone tells, Ctrl+S adds it.</source>
        <translation>Escribir la historia que alguien cuenta; Ctrl+S la añade.</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Reconocer a</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation>Aún no hay historias de héroes. Añada la primera a la derecha.</translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation>reconocimiento a %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>cliente: %1</translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation>Escriba primero la historia.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bienvenido a Delight Workshop</translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation>Todo lo que su equipo dice en un taller se guarda en un cuaderno de taller: un archivo por equipo, con todas sus sesiones, ideas, votos y acciones.</translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation>Nuevo cuaderno en otro lugar…</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Abrir un cuaderno…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Cuadernos recientes</translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation>Crear «%1» en %2</translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation>Plan de acción en PDF…</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>Imprimir el plan de acción…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation>Fechas límite al calendario…</translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation>Puntos emitidos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation>Reparta el plan</translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation>La próxima vez, la sesión empieza con el seguimiento: cuáles de estas acciones están hechas y qué se interpuso.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>El plan de acción</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>facilitada por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
</context>
</TS>
