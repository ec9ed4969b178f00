<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delight Workshop</source>
        <translation>Sobre o Delight Workshop</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Better service comes from the people who give it: the team brings its own ideas to delight customers, names the obstacles in the way and the hero stories worth repeating, votes, and leaves with an action plan that management helps carry out.</source>
        <translation>Um serviço melhor vem de quem o presta: a equipe traz suas próprias ideias para encantar os clientes, nomeia os obstáculos no caminho e as histórias de heróis que vale a pena repetir, vota, e sai com um plano de ação que a gerência ajuda a realizar.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola and HanaMinB (free licences).</source>
        <translation>Software livre sob a licença MIT. Inclui as fontes DejaVu Sans (licença Bitstream Vera), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font License), Symbola e HanaMinB (licenças livres).</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3 on %4</source>
        <translation>Qt %1, PySide6 %2, Python %3 em %4</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What will be done</source>
        <translation>O que será feito</translation>
    </message>
    <message>
        <source>Who makes it happen</source>
        <translation>Quem faz acontecer</translation>
    </message>
    <message>
        <source>The very next thing to do, this week</source>
        <translation>A próxima coisa a fazer, nesta semana</translation>
    </message>
    <message>
        <source>What management will do to help</source>
        <translation>O que a gerência fará para ajudar</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Enter em um campo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;O quê</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Pra&amp;zo</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;Primeiro passo</translation>
    </message>
    <message>
        <source>&amp;Help needed</source>
        <translation>&amp;Ajuda necessária</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primeiro passo</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Ajuda necessária</translation>
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
        <translation>Registrar ideias de &amp;encantamento</translation>
    </message>
    <message>
        <source>Capture &amp;Obstacles</source>
        <translation>Registrar &amp;obstáculos</translation>
    </message>
    <message>
        <source>Capture &amp;Hero Stories</source>
        <translation>Registrar &amp;histórias de heróis</translation>
    </message>
    <message>
        <source>Capture &amp;Value Ideas</source>
        <translation>Registrar ideias de &amp;valor</translation>
    </message>
    <message>
        <source>Next &amp;Kind</source>
        <translation>Próximo &amp;tipo</translation>
    </message>
    <message>
        <source>Switch what the next card is: delight idea, obstacle, hero story, value idea</source>
        <translation>Mudar o tipo do próximo cartão: ideia de encantamento, obstáculo, história de herói, ideia de valor</translation>
    </message>
    <message>
        <source>The next cards are of this kind</source>
        <translation>Os próximos cartões são deste tipo</translation>
    </message>
    <message>
        <source>Next &amp;Person</source>
        <translation>Próxima &amp;pessoa</translation>
    </message>
    <message>
        <source>Who said the next card: the next participant, or no name</source>
        <translation>Quem disse o próximo cartão: o próximo participante, ou sem nome</translation>
    </message>
    <message>
        <source>Previous Person</source>
        <translation>Pessoa anterior</translation>
    </message>
    <message>
        <source>Who said the next card: the previous participant</source>
        <translation>Quem disse o próximo cartão: o participante anterior</translation>
    </message>
    <message>
        <source>Si&amp;lent Mode</source>
        <translation>Modo si&amp;lencioso</translation>
    </message>
    <message>
        <source>Keep new cards off the projector until you reveal them</source>
        <translation>Manter os cartões novos fora do projetor até você revelá-los</translation>
    </message>
    <message>
        <source>Re&amp;veal Hidden Cards</source>
        <translation>Re&amp;velar cartões ocultos</translation>
    </message>
    <message>
        <source>Show every card held back in silent mode on the projector</source>
        <translation>Mostrar no projetor cada cartão retido no modo silencioso</translation>
    </message>
    <message>
        <source>&amp;Make an Action from Item</source>
        <translation>&amp;Transformar o item em ação</translation>
    </message>
    <message>
        <source>Turn the selected ranked item into an action</source>
        <translation>Transformar o item classificado selecionado em uma ação</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation>Desfazer a última alteração no caderno</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Refazer a alteração que acabou de ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>&amp;Editar cartão…</translation>
    </message>
    <message>
        <source>Change the words, kind or author of the selected card</source>
        <translation>Alterar o texto, o tipo ou o autor do cartão selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete what is selected (Ctrl+Z brings it back)</source>
        <translation>Excluir o que está selecionado (Ctrl+Z traz de volta)</translation>
    </message>
    <message>
        <source>&amp;Move to Theme…</source>
        <translation>&amp;Mover para um tema…</translation>
    </message>
    <message>
        <source>Put the selected cards into a theme</source>
        <translation>Colocar os cartões selecionados em um tema</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Novo &amp;tema…</translation>
    </message>
    <message>
        <source>Add a theme (with the selected cards in it)</source>
        <translation>Adicionar um tema (com os cartões selecionados dentro)</translation>
    </message>
    <message>
        <source>Rena&amp;me Theme…</source>
        <translation>Reno&amp;mear tema…</translation>
    </message>
    <message>
        <source>Rename the theme whose column has the focus</source>
        <translation>Renomear o tema cuja coluna tem o foco</translation>
    </message>
    <message>
        <source>Delete T&amp;heme</source>
        <translation>Excluir t&amp;ema</translation>
    </message>
    <message>
        <source>Delete a theme; its cards stay, not grouped</source>
        <translation>Excluir um tema; seus cartões ficam, sem grupo</translation>
    </message>
    <message>
        <source>Mer&amp;ge Duplicates</source>
        <translation>&amp;Mesclar duplicados</translation>
    </message>
    <message>
        <source>Fold the selected cards into the oldest one, keeping every author and vote</source>
        <translation>Mesclar os cartões selecionados no mais antigo, mantendo cada autor e cada voto</translation>
    </message>
    <message>
        <source>S&amp;plit Duplicates</source>
        <translation>&amp;Separar duplicados</translation>
    </message>
    <message>
        <source>Make the merged duplicates of the selected card stand alone again</source>
        <translation>Tornar independentes de novo os duplicados mesclados do cartão selecionado</translation>
    </message>
    <message>
        <source>Action Plan as &amp;PDF…</source>
        <translation>Plano de ação em &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the session&apos;s action plan as a PDF to hand out</source>
        <translation>Salvar o plano de ação da sessão como PDF para distribuir</translation>
    </message>
    <message>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;Imprimir plano de ação…</translation>
    </message>
    <message>
        <source>Print the session&apos;s action plan</source>
        <translation>Imprimir o plano de ação da sessão</translation>
    </message>
    <message>
        <source>As &amp;CSV (Spreadsheet)…</source>
        <translation>Como &amp;CSV (planilha)…</translation>
    </message>
    <message>
        <source>The session&apos;s cards, votes and actions for a spreadsheet</source>
        <translation>Os cartões, votos e ações da sessão para uma planilha</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Como &amp;Markdown…</translation>
    </message>
    <message>
        <source>The session as a text document</source>
        <translation>A sessão como documento de texto</translation>
    </message>
    <message>
        <source>Due Dates to &amp;Calendar…</source>
        <translation>Prazos para o &amp;calendário…</translation>
    </message>
    <message>
        <source>The actions&apos; due dates as a calendar file</source>
        <translation>Os prazos das ações como arquivo de calendário</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Novo caderno…</translation>
    </message>
    <message>
        <source>Start a new workshop book (one file per team)</source>
        <translation>Começar um novo caderno de oficina (um arquivo por equipe)</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Abrir caderno…</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Abrir um caderno de oficina</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Books opened lately</source>
        <translation>Cadernos abertos recentemente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the form you are filling in; the book itself saves every change at once</source>
        <translation>Salvar o formulário que você está preenchendo; o caderno em si salva cada alteração na hora</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Salvar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>Write a copy of the whole book to another file</source>
        <translation>Gravar uma cópia do caderno inteiro em outro arquivo</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>&amp;Fechar caderno</translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation>Fechar o caderno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Quit Delight Workshop</source>
        <translation>Sair do Delight Workshop</translation>
    </message>
    <message>
        <source>Tour of the Phases</source>
        <translation>Tour pelas fases</translation>
    </message>
    <message>
        <source>Walk through the steps of a session again, one line each</source>
        <translation>Percorrer de novo as etapas de uma sessão, uma linha cada</translation>
    </message>
    <message>
        <source>About Delight Workshop</source>
        <translation>Sobre o Delight Workshop</translation>
    </message>
    <message>
        <source>Version, the method behind the app, licence</source>
        <translation>Versão, o método por trás do aplicativo, licença</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>Start a session from a template; change its prompts, people and settings</source>
        <translation>Começar uma sessão a partir de um modelo; mudar perguntas, participantes e configurações</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Configurações da sessão…</translation>
    </message>
    <message>
        <source>Title, date, participants, prompts, anonymity and voting limits</source>
        <translation>Título, data, participantes, perguntas, anonimato e limites de votação</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Excluir sessão…</translation>
    </message>
    <message>
        <source>Delete this session and everything in it</source>
        <translation>Excluir esta sessão e tudo o que há nela</translation>
    </message>
    <message>
        <source>P&amp;revious Phase</source>
        <translation>Fase &amp;anterior</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Voltar para a fase anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt Phase</source>
        <translation>Pró&amp;xima fase</translation>
    </message>
    <message>
        <source>Go to the next phase of the session</source>
        <translation>Ir para a próxima fase da sessão</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Iniciar cronômetro</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Iniciar ou pausar o cronômetro da rodada</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Adicionar um minuto</translation>
    </message>
    <message>
        <source>One more minute on the timer</source>
        <translation>Mais um minuto no cronômetro</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>Re&amp;iniciar cronômetro</translation>
    </message>
    <message>
        <source>Set the timer back to the round length</source>
        <translation>Voltar o cronômetro para a duração da rodada</translation>
    </message>
    <message>
        <source>Round &amp;Length…</source>
        <translation>&amp;Duração da rodada…</translation>
    </message>
    <message>
        <source>How many minutes a round lasts</source>
        <translation>Quantos minutos dura uma rodada</translation>
    </message>
    <message>
        <source>&amp;Session List</source>
        <translation>&amp;Lista de sessões</translation>
    </message>
    <message>
        <source>Show or hide the list of sessions (more room on a small screen)</source>
        <translation>Mostrar ou ocultar a lista de sessões (mais espaço em uma tela pequena)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>Cores &amp;escuras</translation>
    </message>
    <message>
        <source>Switch between light and dark colours</source>
        <translation>Alternar entre cores claras e escuras</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>Use the whole screen for the console</source>
        <translation>Usar a tela inteira para o console</translation>
    </message>
    <message>
        <source>Sound When Time Is &amp;Up</source>
        <translation>&amp;Som ao fim do tempo</translation>
    </message>
    <message>
        <source>Play a chime when the round timer reaches zero</source>
        <translation>Tocar um sinal quando o cronômetro da rodada chegar a zero</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language of the app (applies at the next start)</source>
        <translation>O idioma do aplicativo (vale a partir da próxima abertura)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Cada comando e suas teclas</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
    <message>
        <source>Open or close the projector view: full screen on a second screen, or over the console with one screen (Esc or F5 comes back)</source>
        <translation>Abrir ou fechar a visão do projetor: tela cheia em uma segunda tela, ou sobre o console com uma só tela (Esc ou F5 volta)</translation>
    </message>
    <message>
        <source>Next Projector Page</source>
        <translation>Próxima página do projetor</translation>
    </message>
    <message>
        <source>Show the next page of the projector&apos;s wall or list</source>
        <translation>Mostrar a próxima página do mural ou da lista do projetor</translation>
    </message>
    <message>
        <source>Previous Projector Page</source>
        <translation>Página anterior do projetor</translation>
    </message>
    <message>
        <source>Show the previous page of the projector&apos;s wall or list</source>
        <translation>Mostrar a página anterior do mural ou da lista do projetor</translation>
    </message>
    <message>
        <source>&amp;Obstacle Board</source>
        <translation>Quadro de &amp;obstáculos</translation>
    </message>
    <message>
        <source>Every obstacle of the book, its status and who can remove it</source>
        <translation>Cada obstáculo do caderno, seu status e quem pode removê-lo</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Reconhecimento</translation>
    </message>
    <message>
        <source>Employees ranked by hero stories; print a certificate</source>
        <translation>Funcionários ordenados por histórias de heróis; imprimir um certificado</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>Sessions, contributions, actions and obstacles across the book</source>
        <translation>Sessões, contribuições, ações e obstáculos em todo o caderno</translation>
    </message>
    <message>
        <source>Import Customer &amp;Feedback…</source>
        <translation>Importar &amp;avaliações de clientes…</translation>
    </message>
    <message>
        <source>Turn a survey tool&apos;s CSV of customer feedback into hero stories</source>
        <translation>Transformar o CSV de avaliações de clientes de uma ferramenta de pesquisa em histórias de heróis</translation>
    </message>
    <message>
        <source>Pull Value Ideas from &amp;Backlog…</source>
        <translation>Trazer ideias de valor do &amp;acervo…</translation>
    </message>
    <message>
        <source>Copy earlier value ideas not yet acted on into this session&apos;s vote</source>
        <translation>Copiar para a votação desta sessão ideias de valor anteriores ainda não realizadas</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>Abrir votação</translation>
    </message>
    <message>
        <source>Open dot voting with the limits set on the Vote page</source>
        <translation>Abrir a votação por pontos com os limites definidos na página Votar</translation>
    </message>
    <message>
        <source>Close Voting and Reveal</source>
        <translation>Encerrar votação e revelar</translation>
    </message>
    <message>
        <source>Close voting and show the ranked result on the projector</source>
        <translation>Encerrar a votação e mostrar o resultado classificado no projetor</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <source>The recovery playbook: each mishap&apos;s apology, fix and extra, and how it went</source>
        <translation>O guia de recuperação: o pedido de desculpas, a solução e o extra de cada contratempo, e como foi</translation>
    </message>
    <message>
        <source>Recovery &amp;Playbook as PDF…</source>
        <translation>&amp;Guia de recuperação como PDF…</translation>
    </message>
    <message>
        <source>The recovery playbook, a page per mishap in large type</source>
        <translation>O guia de recuperação, uma página por contratempo em letras grandes</translation>
    </message>
    <message>
        <source>Recovery Poc&amp;ket Cards…</source>
        <translation>Cartões de &amp;bolso de recuperação…</translation>
    </message>
    <message>
        <source>Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise</source>
        <translation>Cartões do tamanho de um cartão de crédito para recortar: contratempo, pedido de desculpas, solução, extra, quem pode autorizar</translation>
    </message>
    <message>
        <source>Recovery Playbook as Markdo&amp;wn…</source>
        <translation>Guia de recuperação como Markdo&amp;wn…</translation>
    </message>
    <message>
        <source>The recovery playbook as a text document</source>
        <translation>O guia de recuperação como documento de texto</translation>
    </message>
    <message>
        <source>Recovery Playbook as CS&amp;V…</source>
        <translation>Guia de recuperação como CS&amp;V…</translation>
    </message>
    <message>
        <source>The recovery playbook with its record of use, for a spreadsheet</source>
        <translation>O guia de recuperação com o registro de uso, para uma planilha</translation>
    </message>
    <message>
        <source>Roll-&amp;up of Several Books…</source>
        <translation>Consoli&amp;dado de vários cadernos…</translation>
    </message>
    <message>
        <source>Many teams&apos; books side by side, read-only: late actions, shared obstacles, hero stories</source>
        <translation>Os cadernos de várias equipes lado a lado, somente leitura: ações atrasadas, obstáculos em comum, histórias de heróis</translation>
    </message>
    <message>
        <source>Close the &amp;Room</source>
        <translation>Fechar a sa&amp;la</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>Abrir a sa&amp;la…</translation>
    </message>
    <message>
        <source>Let the room join this session from their phones (or close the room)</source>
        <translation>Deixar a sala entrar nesta sessão pelos celulares (ou fechar a sala)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Silent mode on: new cards stay off the projector until you reveal them.</source>
        <translation>Modo silencioso ligado: cartões novos ficam fora do projetor até você revelá-los.</translation>
    </message>
    <message>
        <source>Silent mode off: new cards show on the projector at once.</source>
        <translation>Modo silencioso desligado: cartões novos aparecem no projetor na hora.</translation>
    </message>
    <message>
        <source>Cards now on the projector: %1</source>
        <translation>Cartões agora no projetor: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>Exports are not available in this version.</source>
        <translation>As exportações não estão disponíveis nesta versão.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export Action Plan as PDF</source>
        <translation>Exportar plano de ação como PDF</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder} (opened for you).</source>
        <translation>Está salvo na pasta {folder} (já aberta).</translation>
    </message>
    <message>
        <source>It is saved in the folder {folder}.</source>
        <translation>Está salvo na pasta {folder}.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Nenhum programa para abri-lo</translation>
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
        <translation>Exportar prazos para um arquivo de calendário</translation>
    </message>
    <message>
        <source>Print Action Plan</source>
        <translation>Imprimir plano de ação</translation>
    </message>
    <message>
        <source>Actions with a due date, saved as {name}: {n}.</source>
        <translation>Ações com prazo, salvas como {name}: {n}.</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Abrir agora?</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}.</source>
        <translation>Este computador não tem nenhum programa que abra {name}.</translation>
    </message>
    <message>
        <source>The action plan was saved as {name}.</source>
        <translation>O plano de ação foi salvo como {name}.</translation>
    </message>
    <message>
        <source>The contributions were saved as {name}.</source>
        <translation>As contribuições foram salvas como {name}.</translation>
    </message>
    <message>
        <source>Actions without a due date, left out: {n}.</source>
        <translation>Ações sem prazo, deixadas de fora: {n}.</translation>
    </message>
    <message>
        <source>Could not write {name}.</source>
        <translation>Não foi possível gravar {name}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>Everything is in “%1” already: each change is saved as you make it.</source>
        <translation>Tudo já está em “%1”: cada alteração é salva assim que você a faz.</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>Nenhum caderno recente</translation>
    </message>
    <message>
        <source>Delete the session “%1” with all its cards, votes and actions? Ctrl+Z brings it back.</source>
        <translation>Excluir a sessão “%1” com todos os seus cartões, votos e ações? Ctrl+Z traz de volta.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Round length</source>
        <translation>Duração da rodada</translation>
    </message>
    <message>
        <source>Minutes for this round:</source>
        <translation>Minutos para esta rodada:</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>&amp;Pausar cronômetro</translation>
    </message>
    <message>
        <source>S&amp;tart Timer</source>
        <translation>&amp;Iniciar cronômetro</translation>
    </message>
    <message>
        <source>Incomplete: every action needs an owner and a due date.</source>
        <translation>Incompleto: cada ação precisa de um responsável e de um prazo.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ainda sem responsável</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>ainda sem data</translation>
    </message>
    <message>
        <source>The playbook is empty: write an entry first (View &gt; Playbook).</source>
        <translation>O guia está vazio: escreva uma entrada primeiro (Exibir &gt; Guia).</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir a sala</translation>
    </message>
    <message>
        <source>The phones join over this network:</source>
        <translation>Os celulares entram por esta rede:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>A sala não consegue escutar em %1: %2</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-18; Alt+Down opens a calendar</source>
        <translation>Digite a data como 2026-12-18; Alt+Down abre um calendário</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Escolher a data em um calendário (Alt+Down)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for none</source>
        <translation>AAAA-MM-DD, ou vazio para nenhuma</translation>
    </message>
    <message>
        <source>Type a date, such as 2026-12-18.</source>
        <translation>Digite uma data, como 2026-12-18.</translation>
    </message>
    <message>
        <source>“%1” is not a day on the calendar: type it as 2026-12-18.</source>
        <translation>“%1” não é um dia do calendário: digite como 2026-12-18.</translation>
    </message>
    <message>
        <source>Text not added yet</source>
        <translation>Texto ainda não adicionado</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Adicionar</translation>
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
        <translation>Você digitou isto mas ainda não adicionou:</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Este votante</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
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
        <translation>Nada para mostrar ainda</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
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
        <translation>Ainda sem grupo</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n cartão</numerusform>
            <numerusform>%n cartões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>The book was changed by another program.</source>
        <translation>O caderno foi alterado por outro programa.</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;All files (*)</source>
        <translation>Cadernos de oficina (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot create the book</source>
        <translation>Não é possível criar o caderno</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>Não é possível abrir o caderno</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead.</source>
        <translation>“%1” já existe. Abra-o em vez disso.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is in use: it is open in another Delight Workshop window. Close it there first, or open a copy of it.</source>
        <translation>“%1” está em uso: está aberto em outra janela do Delight Workshop. Feche-o lá primeiro, ou abra uma cópia.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the folder is read-only.</source>
        <translation>Não é possível criar “%1”: a pasta é somente leitura.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Some changes could not be recovered</source>
        <translation>Algumas alterações não puderam ser recuperadas</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and part of its journal was damaged: the book opened with every change up to the damaged part. A copy of the journal was kept as “%2” for recovery.</source>
        <translation>“%1” não foi fechado corretamente e parte do seu diário de alterações foi danificada: o caderno abriu com todas as alterações até a parte danificada. Uma cópia do diário foi guardada como “%2” para recuperação.</translation>
    </message>
    <message>
        <source>“%1” is read-only: nothing can be changed; File &gt; Save a Copy As… makes a copy you can edit.</source>
        <translation>“%1” é somente leitura: nada pode ser alterado; Arquivo &gt; Salvar uma cópia como… cria uma cópia que você pode editar.</translation>
    </message>
    <message>
        <source>The book may be damaged</source>
        <translation>O caderno pode estar danificado</translation>
    </message>
    <message>
        <source>A check of “%1” found a problem: %2

What you add is still saved. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Uma verificação de “%1” encontrou um problema: %2

O que você acrescentar continua sendo salvo. Guarde uma cópia agora (Arquivo &gt; Salvar uma cópia como…) e mantenha as cópias anteriores do caderno até que ele seja examinado.</translation>
    </message>
    <message>
        <source>New workshop book</source>
        <translation>Novo caderno de oficina</translation>
    </message>
    <message>
        <source>Open a workshop book</source>
        <translation>Abrir um caderno de oficina</translation>
    </message>
    <message>
        <source>Save a copy of the book</source>
        <translation>Salvar uma cópia do caderno</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Não é possível salvar a cópia</translation>
    </message>
    <message>
        <source>Choose another name than the open book&apos;s.</source>
        <translation>Escolha um nome diferente do caderno aberto.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cópia salva como %1</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>Cards deleted: %1. Ctrl+Z brings them back.</source>
        <translation>Cartões excluídos: %1. Ctrl+Z traz de volta.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>+%1 merged</source>
        <translation>+%1 mesclado(s)</translation>
    </message>
    <message>
        <source>hidden from the projector</source>
        <translation>oculto no projetor</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>Editar cartão</translation>
    </message>
    <message>
        <source>This session is anonymous: no names are kept.</source>
        <translation>Esta sessão é anônima: nenhum nome é guardado.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nomes, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Reconhecer</translation>
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
        <translation>&amp;Dito por</translation>
    </message>
</context>
<context>
    <name>ClosedModel</name>
    <message>
        <source>Done since last time</source>
        <translation>Feito desde a última vez</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The book may be damaged</source>
        <translation>O caderno pode estar danificado</translation>
    </message>
    <message>
        <source>Part of the open book could not be read: its file is damaged. Keep a copy now (File &gt; Save a Copy As…) and keep the book&apos;s earlier copies until it has been looked at.</source>
        <translation>Parte do caderno aberto não pôde ser lida: o arquivo está danificado. Guarde uma cópia agora (Arquivo &gt; Salvar uma cópia como…) e mantenha as cópias anteriores do caderno até que ele seja examinado.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Os detalhes foram gravados em %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Delight Workshop ran into an unexpected problem. Everything entered before it is saved in the book; you can carry on.</source>
        <translation>O Delight Workshop encontrou um problema inesperado. Tudo o que foi digitado antes está salvo no caderno; você pode continuar.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>session(s)</source>
        <translation>
            <numerusform>sessão</numerusform>
            <numerusform>sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contribution(s)</source>
        <translation>
            <numerusform>contribuição</numerusform>
            <numerusform>contribuições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) done</source>
        <translation>
            <numerusform>ação concluída</numerusform>
            <numerusform>ações concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>action(s) open</source>
        <translation>
            <numerusform>ação aberta</numerusform>
            <numerusform>ações abertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) removed</source>
        <translation>
            <numerusform>obstáculo removido</numerusform>
            <numerusform>obstáculos removidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>obstacle(s) in the way</source>
        <translation>
            <numerusform>obstáculo no caminho</numerusform>
            <numerusform>obstáculos no caminho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from %1 to %2</source>
        <translation>
            <numerusform>%n sessão de %1 a %2</numerusform>
            <numerusform>%n sessões de %1 a %2</numerusform>
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
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documentos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words:</source>
        <translation>&amp;Palavras do cliente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Employee(s) to credit:</source>
        <translation>&amp;Funcionário(s) a reconhecer:</translation>
    </message>
    <message>
        <source>&amp;Playbook entry used:</source>
        <translation>Entrada do &amp;guia usada:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ano passado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What goes wrong, as the customer sees it</source>
        <translation>O que dá errado, do ponto de vista do cliente</translation>
    </message>
    <message>
        <source>The words we say first</source>
        <translation>As primeiras palavras que dizemos</translation>
    </message>
    <message>
        <source>What we do to put it right</source>
        <translation>O que fazemos para corrigir</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Quem faz</translation>
    </message>
    <message>
        <source>no time set</source>
        <translation>sem prazo definido</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>The small surprise the customer did not expect</source>
        <translation>A pequena surpresa que o cliente não esperava</translation>
    </message>
    <message>
        <source>Who may give the extra</source>
        <translation>Quem pode dar o extra</translation>
    </message>
    <message>
        <source>Up to what amount, e.g. €20</source>
        <translation>Até que valor, p. ex. R$ 100</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Enter em um campo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>&amp;Mishap</source>
        <translation>&amp;Contratempo</translation>
    </message>
    <message>
        <source>&amp;Apologise</source>
        <translation>&amp;Pedir desculpas</translation>
    </message>
    <message>
        <source>&amp;Fix it</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>B&amp;y, within</source>
        <translation>&amp;Quem, em até</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra inesperado</translation>
    </message>
    <message>
        <source>Au&amp;thorised by, up to</source>
        <translation>Au&amp;torizado por, até</translation>
    </message>
    <message>
        <source>New playbook entry</source>
        <translation>Nova entrada do guia</translation>
    </message>
    <message>
        <source>Add to playbook</source>
        <translation>Adicionar ao guia</translation>
    </message>
    <message>
        <source>New playbook entry from the vote</source>
        <translation>Nova entrada do guia a partir da votação</translation>
    </message>
    <message>
        <source>Edit playbook entry</source>
        <translation>Editar entrada do guia</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Mishap</source>
        <translation>Contratempo</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Pedido de desculpas</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra inesperado</translation>
    </message>
    <message>
        <source>Who can authorise</source>
        <translation>Quem pode autorizar</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Como foi</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bem-vindo ao Delight Workshop</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Pular tour</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>Abrir o caderno de &amp;demonstração</translation>
    </message>
    <message>
        <source>Run improvement workshops with your team: ideas to delight customers, obstacles to remove and hero stories on the projector, dots to vote, and an action plan that says who does what by when.</source>
        <translation>Conduza oficinas de melhoria com sua equipe: ideias para encantar clientes, obstáculos a remover e histórias de heróis no projetor, pontos para votar e um plano de ação que diz quem faz o quê e até quando.</translation>
    </message>
    <message>
        <source>Try it on the demo book first: three finished sessions of a car dealer&apos;s service desk that you can click through and change freely.</source>
        <translation>Experimente primeiro com o caderno de demonstração: três sessões concluídas do balcão de atendimento de uma concessionária de carros, que você pode percorrer e alterar à vontade.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>The demo book is in %1 but could not be opened.</source>
        <translation>O caderno de demonstração está em %1 mas não pôde ser aberto.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>Não foi possível criar o caderno de demonstração: %1</translation>
    </message>
    <message>
        <source>Start from last time</source>
        <translation>Partir da última vez</translation>
    </message>
    <message>
        <source>Check what the last session promised: which actions are done, which obstacles are gone.</source>
        <translation>Verificar o que a última sessão prometeu: quais ações foram feitas, quais obstáculos sumiram.</translation>
    </message>
    <message>
        <source>Read out a hero story from customer feedback to get the room talking.</source>
        <translation>Ler em voz alta uma história de herói das avaliações de clientes para a sala começar a conversar.</translation>
    </message>
    <message>
        <source>Collect the ideas</source>
        <translation>Coletar as ideias</translation>
    </message>
    <message>
        <source>The team gives its ideas for the round&apos;s prompt while the timer runs.</source>
        <translation>A equipe dá suas ideias para a pergunta da rodada enquanto o cronômetro corre.</translation>
    </message>
    <message>
        <source>Put related cards into themes and merge duplicates, so votes are not split.</source>
        <translation>Colocar cartões relacionados em temas e mesclar duplicados, para que os votos não se dividam.</translation>
    </message>
    <message>
        <source>Choose and commit</source>
        <translation>Escolher e se comprometer</translation>
    </message>
    <message>
        <source>Everyone spends a few dots on what the team should do first.</source>
        <translation>Cada um distribui alguns pontos no que a equipe deveria fazer primeiro.</translation>
    </message>
    <message>
        <source>Turn the winners into actions: what, who, by when, and the first step.</source>
        <translation>Transformar os vencedores em ações: o quê, quem, até quando e o primeiro passo.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Fechar o ciclo</translation>
    </message>
    <message>
        <source>Thank the team, print the action plan and agree when to follow it up.</source>
        <translation>Agradecer à equipe, imprimir o plano de ação e combinar quando acompanhar.</translation>
    </message>
    <message>
        <source>Everything is saved in the book as you go. Replay this tour from Help &gt; Tour of the Phases.</source>
        <translation>Tudo é salvo no caderno enquanto você trabalha. Reveja este tour em Ajuda &gt; Tour pelas fases.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>What was promised</source>
        <translation>O que foi prometido</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promised in</source>
        <translation>Prometido em</translation>
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
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Citado por</translation>
    </message>
    <message>
        <source>Still in the way</source>
        <translation>Ainda no caminho</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>Vezes citado</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupamento</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>New theme…</source>
        <translation>Novo tema…</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Mover para um tema…</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Mesclar duplicados</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Drag cards onto a theme, or select them and press Ctrl+G. Ctrl+click two duplicates, then Ctrl+M merges them.</source>
        <translation>Arraste cartões para um tema, ou selecione-os e pressione Ctrl+G. Ctrl+clique em dois duplicados, e Ctrl+M os mescla.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Selecione primeiro um ou mais cartões.</translation>
    </message>
    <message>
        <source>(No theme)</source>
        <translation>(Sem tema)</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Mover para um tema</translation>
    </message>
    <message>
        <source>Theme, or type a new one:</source>
        <translation>Tema, ou digite um novo:</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new theme, with %n selected card(s):</source>
        <translation>
            <numerusform>Nome do novo tema, com %n cartão selecionado:</numerusform>
            <numerusform>Nome do novo tema, com %n cartões selecionados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Nome do novo tema:</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Novo tema</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Escolha um tema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renomear tema</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Deleted the theme “%1”; its cards are not grouped now.</source>
        <translation>O tema “%1” foi excluído; seus cartões agora estão sem grupo.</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click) to merge.</source>
        <translation>Selecione dois duplicados (Ctrl+clique) para mesclar.</translation>
    </message>
    <message>
        <source>Merged: every author and vote is kept. Ctrl+Shift+M splits again.</source>
        <translation>Mesclados: cada autor e cada voto são mantidos. Ctrl+Shift+M separa de novo.</translation>
    </message>
    <message>
        <source>Select a merged card to split it.</source>
        <translation>Selecione um cartão mesclado para separá-lo.</translation>
    </message>
</context>
<context>
    <name>HeroStoryModel</name>
    <message>
        <source>Story</source>
        <translation>História</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>HeroView</name>
    <message>
        <source>No hero stories yet. Who went the extra mile for a customer lately?</source>
        <translation>Ainda não há histórias de heróis. Quem se esforçou além do normal por um cliente ultimamente?</translation>
    </message>
    <message>
        <source>Everyday delight</source>
        <translation>Encantamento do dia a dia</translation>
    </message>
    <message>
        <source>Great recoveries</source>
        <translation>Grandes recuperações</translation>
    </message>
    <message>
        <source>Thanks to %1</source>
        <translation>Obrigado a %1</translation>
    </message>
</context>
<context>
    <name>IdeatePage</name>
    <message>
        <source>What small thing could we do that would make a customer smile?</source>
        <translation>Que pequena coisa poderíamos fazer para um cliente sorrir?</translation>
    </message>
    <message>
        <source>What gets in the way of serving customers well?</source>
        <translation>O que atrapalha atender bem os clientes?</translation>
    </message>
    <message>
        <source>Who went the extra mile for a customer lately?</source>
        <translation>Quem se esforçou além do normal por um cliente ultimamente?</translation>
    </message>
    <message>
        <source>What would make our service feel worth more to a customer?</source>
        <translation>O que faria nosso serviço valer mais para um cliente?</translation>
    </message>
    <message>
        <source>Ctrl+%1, or Ctrl+K for the next kind</source>
        <translation>Ctrl+%1, ou Ctrl+K para o próximo tipo</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dito por</translation>
    </message>
    <message>
        <source>Ctrl+U: next person, or type a name and Enter</source>
        <translation>Ctrl+U: próxima pessoa, ou digite um nome e Enter</translation>
    </message>
    <message>
        <source>Type what the room says, Enter adds it. F5 shows it on the projector.</source>
        <translation>Digite o que a sala diz, Enter adiciona. F5 mostra no projetor.</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Caixa de registro</translation>
    </message>
    <message>
        <source>Credit to: who went the extra mile (names, separated by commas)</source>
        <translation>Reconhecer: quem se esforçou além do normal (nomes, separados por vírgulas)</translation>
    </message>
    <message>
        <source>Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo</source>
        <translation>Enter adiciona o cartão · Ctrl+K tipo · Ctrl+U pessoa · Ctrl+Z desfazer</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Silent mode</source>
        <translation>Modo silencioso</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
    <message>
        <source>New cards stay off the projector until you reveal them.</source>
        <translation>Cartões novos ficam fora do projetor até você revelá-los.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Até agora</translation>
    </message>
    <message>
        <source>Anonymous session: no names are kept</source>
        <translation>Sessão anônima: nenhum nome é guardado</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sem nome</translation>
    </message>
    <message>
        <source>%1: type what was said, then Enter</source>
        <translation>%1: digite o que foi dito, depois Enter</translation>
    </message>
    <message>
        <source>Nobody called “%1” in this session: Esc goes back.</source>
        <translation>Ninguém chamado “%1” nesta sessão: Esc volta.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) now on the projector.</source>
        <translation>
            <numerusform>%n cartão agora no projetor.</numerusform>
            <numerusform>%n cartões agora no projetor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: %1 cards, the newest %2 shown</source>
        <translation>Registrados: %1 cartões, os %2 mais recentes exibidos</translation>
    </message>
    <message>
        <source>Captured, newest first (%1)</source>
        <translation>Registrados, os mais recentes primeiro (%1)</translation>
    </message>
    <message>
        <source>Reveal hidden cards (%1)</source>
        <translation>Revelar cartões ocultos (%1)</translation>
    </message>
</context>
<context>
    <name>IdeateView</name>
    <message>
        <source>How could we delight our customers?</source>
        <translation>Como poderíamos encantar nossos clientes?</translation>
    </message>
    <message>
        <source>Ideas are collected quietly; they appear together.</source>
        <translation>As ideias são coletadas em silêncio; aparecem juntas.</translation>
    </message>
    <message>
        <source>Collecting quietly</source>
        <translation>Coleta silenciosa</translation>
    </message>
    <message>
        <source>Say it, and it appears here.</source>
        <translation>Diga, e aparece aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n delight idea(s) on the wall</source>
        <translation>
            <numerusform>%n ideia de encantamento no mural</numerusform>
            <numerusform>%n ideias de encantamento no mural</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s) on the wall</source>
        <translation>
            <numerusform>%n obstáculo no mural</numerusform>
            <numerusform>%n obstáculos no mural</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero story/stories on the wall</source>
        <translation>
            <numerusform>%n história de herói no mural</numerusform>
            <numerusform>%n histórias de heróis no mural</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value idea(s) on the wall</source>
        <translation>
            <numerusform>%n ideia de valor no mural</numerusform>
            <numerusform>%n ideias de valor no mural</numerusform>
        </translation>
    </message>
    <message>
        <source>Time!</source>
        <translation>Tempo!</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>Delight Workshop: the session will start shortly.</source>
        <translation>Delight Workshop: a sessão vai começar em breve.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Delight idea</source>
        <translation>Ideia de encantamento</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Hero story</source>
        <translation>História de herói</translation>
    </message>
    <message>
        <source>Value idea</source>
        <translation>Ideia de valor</translation>
    </message>
    <message>
        <source>Delight ideas</source>
        <translation>Ideias de encantamento</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histórias de heróis</translation>
    </message>
    <message>
        <source>Value ideas</source>
        <translation>Ideias de valor</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encantamento do dia a dia</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
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
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time Delight Workshop starts. A session can have its own language for the projector and the printed plan (Session settings).</source>
        <translation>O novo idioma vale a partir da próxima vez que o Delight Workshop for aberto. Uma sessão pode ter seu próprio idioma para o projetor e o plano impresso (Configurações da sessão).</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Idioma do aplicativo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Delight Workshop</source>
        <translation>Delight Workshop</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Nenhum caderno aberto</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (somente leitura)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
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
        <translation>Posição</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Contratempo</translation>
    </message>
    <message>
        <source>In the playbook</source>
        <translation>No guia</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Criar sessão</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
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
        <translation>Nenhuma sessão ainda</translation>
    </message>
    <message>
        <source>Start a session from a template: delight ideas, an obstacle hunt, hero stories, value ideas, a recovery playbook or a follow-up review. You can change the prompts, the people and the settings.</source>
        <translation>Comece uma sessão a partir de um modelo: ideias de encantamento, caça aos obstáculos, histórias de heróis, ideias de valor, guia de recuperação do atendimento ou revisão de acompanhamento. Você pode mudar as perguntas, os participantes e as configurações.</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nova sessão…</translation>
    </message>
</context>
<context>
    <name>NumberTyping</name>
    <message>
        <source>Item %1… type the next digit (Backspace clears it)</source>
        <translation>Item %1… digite o próximo dígito (Backspace apaga)</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Os números dos itens começam em 1.</translation>
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
        <translation>Selecione um obstáculo à esquerda.</translation>
    </message>
    <message>
        <source>How the team can work around it meanwhile</source>
        <translation>Como a equipe pode contorná-lo enquanto isso</translation>
    </message>
    <message>
        <source>Who can remove it for good</source>
        <translation>Quem pode removê-lo de vez</translation>
    </message>
    <message>
        <source>Save obstacle</source>
        <translation>Salvar obstáculo</translation>
    </message>
    <message>
        <source>Ctrl+S, or Enter in a field</source>
        <translation>Ctrl+S, ou Enter em um campo</translation>
    </message>
    <message>
        <source>&amp;Way around</source>
        <translation>&amp;Contorno</translation>
    </message>
    <message>
        <source>&amp;Who can remove it</source>
        <translation>&amp;Quem pode removê-lo</translation>
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
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Way around</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Who can remove it</source>
        <translation>Quem pode removê-lo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flagged in</source>
        <translation>Apontado em</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
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
        <translation>Um nome por linha, ou cole uma lista (vírgulas e tabulações também funcionam)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Playbook</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Ideate</source>
        <translation>Ideias</translation>
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
        <translation>Planejar</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Encerramento</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <source>Phones in the room</source>
        <translation>Celulares na sala</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Remover celular</translation>
    </message>
    <message>
        <source>The phone leaves the room; its cards and dots stay</source>
        <translation>O celular sai da sala; seus cartões e pontos ficam</translation>
    </message>
    <message>
        <source>A removed phone can join again with the code.</source>
        <translation>Um celular removido pode entrar de novo com o código.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Celular %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, has voted</source>
        <translation>%1, já votou</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This phase is not available in this version of Delight Workshop yet.</source>
        <translation>Esta fase ainda não está disponível nesta versão do Delight Workshop.</translation>
    </message>
    <message>
        <source>Move on with Ctrl+PgDown, or back with Ctrl+PgUp.</source>
        <translation>Avance com Ctrl+PgDown, ou volte com Ctrl+PgUp.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>O&amp;bstáculos</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Criar uma ação</translation>
    </message>
    <message>
        <source>Enter on an item, or Ctrl+Shift+A</source>
        <translation>Enter em um item, ou Ctrl+Shift+A</translation>
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
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Alt+Up, or drag the action</source>
        <translation>Alt+Up, ou arraste a ação</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Alt+Down, or drag the action</source>
        <translation>Alt+Down, ou arraste a ação</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Delete; Ctrl+Z traz de volta</translation>
    </message>
    <message>
        <source>Vote result</source>
        <translation>Resultado da votação</translation>
    </message>
    <message>
        <source>Obstacles of this session</source>
        <translation>Obstáculos desta sessão</translation>
    </message>
    <message>
        <source>Staff are usually blocked by rules and tools, not by motivation. Name a way around for now, and who can remove the obstacle for good.</source>
        <translation>A equipe costuma ser travada por regras e ferramentas, não por falta de motivação. Diga um contorno por agora, e quem pode remover o obstáculo de vez.</translation>
    </message>
    <message>
        <source>Planned actions (%1) · %2 incomplete: name an owner and a due date</source>
        <translation>Ações planejadas (%1) · %2 incompletas: indique um responsável e um prazo</translation>
    </message>
    <message>
        <source>Planned actions (%1)</source>
        <translation>Ações planejadas (%1)</translation>
    </message>
    <message>
        <source>Pick an item of the vote result first.</source>
        <translation>Escolha primeiro um item do resultado da votação.</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Ação excluída. Ctrl+Z traz de volta.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>The action plan appears here as it is made.</source>
        <translation>O plano de ação aparece aqui conforme é feito.</translation>
    </message>
    <message>
        <source>Our action plan</source>
        <translation>Nosso plano de ação</translation>
    </message>
    <message>
        <source>Top voted</source>
        <translation>Mais votados</translation>
    </message>
    <message>
        <source>owner to be found</source>
        <translation>responsável a definir</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>data a definir</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · até %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>within a day</source>
        <translation>em até um dia</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>em até %1 dias</translation>
    </message>
    <message>
        <source>within an hour</source>
        <translation>em até uma hora</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>em até %1 horas</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <translation>%1 com sucesso</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>%1 em parte</translation>
    </message>
    <message>
        <source>%1 did not work</source>
        <translation>%1 sem sucesso</translation>
    </message>
    <message>
        <source>%1 not reviewed</source>
        <translation>%1 sem avaliação</translation>
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
        <translation>usada uma vez</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>usada %1 vezes</translation>
    </message>
    <message>
        <source>Used once: did the recovery work?</source>
        <translation>Usada uma vez: a recuperação deu certo?</translation>
    </message>
    <message>
        <source>Used %1 times: did the recovery work?</source>
        <translation>Usada %1 vezes: a recuperação deu certo?</translation>
    </message>
</context>
<context>
    <name>PlaybookExports</name>
    <message>
        <source>Save the Recovery Playbook as PDF</source>
        <translation>Salvar o guia de recuperação como PDF</translation>
    </message>
    <message>
        <source>Save Recovery Pocket Cards</source>
        <translation>Salvar os cartões de bolso de recuperação</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as Markdown</source>
        <translation>Salvar o guia de recuperação como Markdown</translation>
    </message>
    <message>
        <source>Save the Recovery Playbook as CSV</source>
        <translation>Salvar o guia de recuperação como CSV</translation>
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
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}: a page for each mishap.</source>
        <translation>O guia de recuperação foi salvo como {name}: uma página por contratempo.</translation>
    </message>
    <message>
        <source>The pocket cards were saved as {name}: print at 100 % and cut along the marks.</source>
        <translation>Os cartões de bolso foram salvos como {name}: imprima em 100 % e recorte pelas marcas.</translation>
    </message>
    <message>
        <source>The recovery playbook was saved as {name}.</source>
        <translation>O guia de recuperação foi salvo como {name}.</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <source>Write its recovery</source>
        <translation>Escrever a recuperação</translation>
    </message>
    <message>
        <source>Enter on a mishap</source>
        <translation>Enter em um contratempo</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Delete; Ctrl+Z traz de volta</translation>
    </message>
    <message>
        <source>Top-voted mishaps</source>
        <translation>Contratempos mais votados</translation>
    </message>
    <message>
        <source>Recoveries the room wrote for it</source>
        <translation>Recuperações que a sala escreveu para ele</translation>
    </message>
    <message>
        <source>Enter copies one into the field you were typing in.</source>
        <translation>Enter copia uma para o campo em que você estava digitando.</translation>
    </message>
    <message>
        <source>A good recovery starts with an apology, puts things right fast (within a day), and adds something the customer did not expect. Agree who may give the extra, and up to what amount, so nobody has to ask.</source>
        <translation>Uma boa recuperação começa com um pedido de desculpas, resolve rápido (em até um dia) e acrescenta algo que o cliente não esperava. Combine quem pode dar o extra, e até que valor, para que ninguém precise pedir permissão.</translation>
    </message>
    <message>
        <source>Written in this session (%1)</source>
        <translation>Escritas nesta sessão (%1)</translation>
    </message>
    <message>
        <source>Pick a mishap of the vote first.</source>
        <translation>Escolha primeiro um contratempo da votação.</translation>
    </message>
    <message>
        <source>Added to the playbook. Ctrl+Z takes it out again.</source>
        <translation>Adicionada ao guia. Ctrl+Z a retira de novo.</translation>
    </message>
    <message>
        <source>Select an entry in the list below to delete it.</source>
        <translation>Selecione uma entrada na lista abaixo para excluí-la.</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>Entrada excluída. Ctrl+Z traz de volta.</translation>
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
        <translation>Pedir desculpas</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>The unexpected extra</source>
        <translation>O extra inesperado</translation>
    </message>
    <message>
        <source>Who can authorise it</source>
        <translation>Quem pode autorizar</translation>
    </message>
    <message>
        <source>Each mishap gets its recovery here, as it is written.</source>
        <translation>Cada contratempo recebe aqui sua recuperação, à medida que é escrita.</translation>
    </message>
    <message>
        <source>Our recovery playbook</source>
        <translation>Nosso guia de recuperação</translation>
    </message>
</context>
<context>
    <name>PlaybookWindow</name>
    <message>
        <source>Recovery playbook</source>
        <translation>Guia de recuperação</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>O que aconteceu (opcional)</translation>
    </message>
    <message>
        <source>Record a use</source>
        <translation>Registrar um uso</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nova entrada</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Delete; Ctrl+Z traz de volta</translation>
    </message>
    <message>
        <source>Playbook PDF…</source>
        <translation>PDF do guia…</translation>
    </message>
    <message>
        <source>Pocket cards…</source>
        <translation>Cartões de bolso…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Select an entry to see how it was used.</source>
        <translation>Selecione uma entrada para ver como foi usada.</translation>
    </message>
    <message>
        <source>Not used yet: record a use when the front line reports one.</source>
        <translation>Ainda não usada: registre um uso quando a linha de frente relatar um.</translation>
    </message>
</context>
<context>
    <name>PlaybookWrapup</name>
    <message>
        <source>Playbook as PDF…</source>
        <translation>Guia como PDF…</translation>
    </message>
    <message>
        <source>Pocket cards to cut out…</source>
        <translation>Cartões de bolso para recortar…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Planilha (CSV)…</translation>
    </message>
    <message>
        <source>The whole playbook…</source>
        <translation>O guia inteiro…</translation>
    </message>
    <message>
        <source>Hand out the playbook</source>
        <translation>Distribuir o guia</translation>
    </message>
    <message>
        <source>Print the pocket cards for everyone at the counter. Next time, the follow-up asks which recoveries were used and whether they worked.</source>
        <translation>Imprima os cartões de bolso para todos no balcão. Na próxima vez, o acompanhamento pergunta quais recuperações foram usadas e se deram certo.</translation>
    </message>
    <message>
        <source>Written in this session</source>
        <translation>Escritas nesta sessão</translation>
    </message>
    <message>
        <source>Mishaps named: %1 · recoveries suggested: %2 · written into the playbook: %3 (entries in the whole playbook: %4)</source>
        <translation>Contratempos citados: %1 · recuperações sugeridas: %2 · escritas no guia: %3 (entradas no guia inteiro: %4)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Worked</source>
        <translation>Deu certo</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Não deu certo</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>Deu certo?</translation>
    </message>
    <message>
        <source>Recoveries used</source>
        <translation>Recuperações usadas</translation>
    </message>
    <message>
        <source>Not known (0)</source>
        <translation>Não se sabe (0)</translation>
    </message>
    <message>
        <source>Did the recovery work? Select one: 1 worked, 2 partly, 3 not.</source>
        <translation>A recuperação deu certo? Escolha uma: 1 deu certo, 2 em parte, 3 não.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Desde a última vez</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histórias de heróis</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>O mural</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>Recovery playbook</source>
        <translation>Guia de recuperação</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Delight Workshop: projector</source>
        <translation>Delight Workshop: projetor</translation>
    </message>
    <message>
        <source>Esc or F5: back to the console</source>
        <translation>Esc ou F5: voltar ao console</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Tied with another item</source>
        <translation>Empatado com outro item</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encantamento do dia a dia</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>No actions from earlier sessions yet: a fresh start.</source>
        <translation>Ainda não há ações de sessões anteriores: um novo começo.</translation>
    </message>
    <message>
        <source>Done since last time: thank you!</source>
        <translation>Feito desde a última vez: obrigado!</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Ainda a fazer</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>vencia em %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>até %1</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>This book is on a network drive</source>
        <translation>Este caderno está em uma unidade de rede</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). Sharing one live book there is unsafe: SQLite cannot lock it reliably over the network, and a book changed from two computers can be damaged. Keep each team&apos;s book on its own computer, and to see several teams together collect copies in a folder and use File &gt; Roll-up of Several Books…</source>
        <translation>“%1” está em uma unidade de rede (%2). Compartilhar ali um caderno em uso não é seguro: o SQLite não consegue bloqueá-lo de forma confiável pela rede, e um caderno alterado a partir de dois computadores pode ser danificado. Mantenha o caderno de cada equipe no seu próprio computador e, para ver várias equipes juntas, reúna cópias em uma pasta e use Arquivo &gt; Consolidado de vários cadernos…</translation>
    </message>
    <message>
        <source>The roll-up reads copies of the teams&apos; books side by side. It never changes a book: each team keeps its own book on its facilitator&apos;s laptop, and copies are collected in a folder (sent by e-mail, or a folder the teams sync with the tools they already use). Do not share one live book on a network drive for several people to open: SQLite cannot lock a file reliably over a network, and a book written from two computers can be damaged. Roll up the copies instead.
Obstacles in different teams&apos; words are grouped by similarity: a higher threshold groups only closer wordings. Merge groups that mean the same, split one that does not; the grouping is kept in a .rollup.json file beside the export, never in the books.</source>
        <translation>O consolidado lê cópias dos cadernos das equipes lado a lado. Ele nunca altera um caderno: cada equipe mantém o seu caderno no notebook do seu facilitador, e as cópias são reunidas em uma pasta (enviadas por e-mail, ou uma pasta que as equipes sincronizam com as ferramentas que já usam). Não compartilhe um caderno em uso em uma unidade de rede para várias pessoas abrirem: o SQLite não consegue bloquear um arquivo de forma confiável pela rede, e um caderno gravado a partir de dois computadores pode ser danificado. Consolide as cópias em vez disso.
Obstáculos descritos com palavras diferentes por equipes diferentes são agrupados por semelhança: um limite mais alto agrupa apenas redações mais próximas. Mescle os grupos que dizem o mesmo, separe um que não diz; o agrupamento fica guardado em um arquivo .rollup.json ao lado da exportação, nunca nos cadernos.</translation>
    </message>
    <message>
        <source>The team&apos;s name (from its book, else the file&apos;s name)</source>
        <translation>O nome da equipe (do caderno, senão o nome do arquivo)</translation>
    </message>
    <message>
        <source>The date of the latest session held</source>
        <translation>A data da última sessão realizada</translation>
    </message>
    <message>
        <source>Sessions held so far</source>
        <translation>Sessões realizadas até agora</translation>
    </message>
    <message>
        <source>Delight and value ideas per session held</source>
        <translation>Ideias de encantamento e de valor por sessão realizada</translation>
    </message>
    <message>
        <source>Actions open or in progress</source>
        <translation>Ações abertas ou em andamento</translation>
    </message>
    <message>
        <source>Open actions past their due date</source>
        <translation>Ações abertas com prazo vencido</translation>
    </message>
    <message>
        <source>Obstacles open or in progress</source>
        <translation>Obstáculos abertos ou em andamento</translation>
    </message>
    <message>
        <source>Obstacles in the way for more than 90 days</source>
        <translation>Obstáculos no caminho há mais de 90 dias</translation>
    </message>
    <message>
        <source>Median days from flagging an obstacle to its removal</source>
        <translation>Mediana de dias entre apontar um obstáculo e sua remoção</translation>
    </message>
    <message>
        <source>Hero stories (of which routine delight)</source>
        <translation>Histórias de heróis (das quais encantamento do dia a dia)</translation>
    </message>
    <message>
        <source>Recognition: 2 per routine-delight story, 1 per recovery</source>
        <translation>Reconhecimento: 2 por história de encantamento do dia a dia, 1 por recuperação</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Phones…</source>
        <translation>Celulares…</translation>
    </message>
    <message>
        <source>See the phones in the room; remove one</source>
        <translation>Ver os celulares na sala; remover um</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Celulares</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fechar a sala</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir a sala</translation>
    </message>
    <message>
        <source>Stop serving the phones; every phone is disconnected</source>
        <translation>Parar de atender os celulares; todos os celulares são desconectados</translation>
    </message>
    <message>
        <source>Let the room join from their phones on the local network</source>
        <translation>Deixar a sala entrar pelos celulares na rede local</translation>
    </message>
    <message>
        <source>Phones can write and vote once you open the room.</source>
        <translation>Os celulares podem escrever e votar assim que você abrir a sala.</translation>
    </message>
    <message>
        <source>Join: %1  code: %2</source>
        <translation>Entrar: %1  código: %2</translation>
    </message>
    <message>
        <source>%1 (this computer only: no network found)</source>
        <translation>%1 (só neste computador: nenhuma rede encontrada)</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Celulares na sala: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Celulares que já votaram: %1</translation>
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
        <translation>Entre pelo celular: escaneie o código, ou abra</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Phones in the room: %1</source>
        <translation>Celulares na sala: %1</translation>
    </message>
    <message>
        <source>Phones that have voted: %1</source>
        <translation>Celulares que já votaram: %1</translation>
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
        <translation>Rodadas e suas perguntas</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Adicionar uma rodada</translation>
    </message>
    <message>
        <source>The question the room answers in this round</source>
        <translation>A pergunta que a sala responde nesta rodada</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Importar avaliações de clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Imported {0} hero stories (Ctrl+Z undoes)</source>
        <translation>{0} histórias de heróis importadas (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Pulled {0} value ideas into this session</source>
        <translation>{0} ideias de valor trazidas para esta sessão</translation>
    </message>
    <message>
        <source>Pull value ideas from the backlog</source>
        <translation>Trazer ideias de valor do acervo</translation>
    </message>
    <message>
        <source>The backlog is empty: every earlier value idea is acted on or already in this session.</source>
        <translation>O acervo está vazio: cada ideia de valor anterior foi realizada ou já está nesta sessão.</translation>
    </message>
    <message>
        <source>Value ideas from earlier sessions</source>
        <translation>Ideias de valor de sessões anteriores</translation>
    </message>
    <message>
        <source>Ideas not yet turned into an action. Tick the ones to put to the vote again (Space ticks); they are copied into this session as new cards.</source>
        <translation>Ideias ainda não transformadas em ação. Marque as que devem voltar à votação (Espaço marca); elas são copiadas para esta sessão como cartões novos.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>&amp;Pull {0} into this session</source>
        <translation>&amp;Trazer {0} para esta sessão</translation>
    </message>
    <message>
        <source>{0} dots</source>
        <translation>{0} pontos</translation>
    </message>
    <message>
        <source>raised in {0} sessions</source>
        <translation>levantada em {0} sessões</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>ainda não usada</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, até %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>até %1</translation>
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
        <translation>%1 com sucesso</translation>
    </message>
    <message>
        <source>Open %1 · in progress %2 · removed %3 · won&apos;t fix %4</source>
        <translation>Abertos %1 · em andamento %2 · removidos %3 · não serão corrigidos %4</translation>
    </message>
    <message>
        <source>In the way for under 30 days: %1 · 30 to 90 days: %2 · over 90: %3</source>
        <translation>No caminho há menos de 30 dias: %1 · 30 a 90 dias: %2 · mais de 90: %3</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>definido à mão</translation>
    </message>
    <message>
        <source>by similarity</source>
        <translation>por semelhança</translation>
    </message>
    <message>
        <source>Roll-up of several books</source>
        <translation>Consolidado de vários cadernos</translation>
    </message>
    <message>
        <source>Add a &amp;Folder…</source>
        <translation>Adicionar uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Add &amp;Books…</source>
        <translation>Adicionar &amp;cadernos…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>part of a team&apos;s name</source>
        <translation>parte do nome de uma equipe</translation>
    </message>
    <message>
        <source>Double-click a team to open its book in the console</source>
        <translation>Clique duas vezes em uma equipe para abrir o caderno dela no console</translation>
    </message>
    <message>
        <source>Similarity &amp;threshold:</source>
        <translation>&amp;Limite de semelhança:</translation>
    </message>
    <message>
        <source>Higher: only closer wordings are grouped as one obstacle</source>
        <translation>Mais alto: só redações mais próximas são agrupadas como um obstáculo</translation>
    </message>
    <message>
        <source>Show obstacles named by &amp;one team</source>
        <translation>Mostrar obstáculos citados por &amp;uma equipe</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;Mesclar selecionados</translation>
    </message>
    <message>
        <source>The selected groups name the same obstacle</source>
        <translation>Os grupos selecionados citam o mesmo obstáculo</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Separar</translation>
    </message>
    <message>
        <source>Each wording of the selected groups stands alone</source>
        <translation>Cada redação dos grupos selecionados fica sozinha</translation>
    </message>
    <message>
        <source>&amp;Let the Threshold Decide</source>
        <translation>&amp;Deixar o limite decidir</translation>
    </message>
    <message>
        <source>Roll up the books of a folder</source>
        <translation>Consolidar os cadernos de uma pasta</translation>
    </message>
    <message>
        <source>Roll up workshop books</source>
        <translation>Consolidar cadernos de oficina</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>Exportar o consolidado</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Obstacles many teams share</source>
        <translation>Obstáculos que muitas equipes têm em comum</translation>
    </message>
    <message>
        <source>Workshop books (*%1);;Roll-up files (*.rollup.json);;All files (*)</source>
        <translation>Cadernos de oficina (*%1);;Arquivos de consolidado (*.rollup.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading book %1 of %2…</source>
        <translation>Lendo o caderno %1 de %2…</translation>
    </message>
    <message>
        <source>Choose a folder of books, or the books themselves: they are only read.</source>
        <translation>Escolha uma pasta de cadernos, ou os próprios cadernos: eles são apenas lidos.</translation>
    </message>
    <message>
        <source>%1 open actions, %2 overdue · %3 obstacles in the way, %4 for over 90 days · median %5 days to remove one · %6 sessions held · %7 hero stories, %8 of routine delight · %9 obstacles shared by two teams or more</source>
        <translation>%1 ações abertas, %2 atrasadas · %3 obstáculos no caminho, %4 há mais de 90 dias · mediana de %5 dias para remover um · %6 sessões realizadas · %7 histórias de heróis, %8 de encantamento do dia a dia · %9 obstáculos em comum entre duas equipes ou mais</translation>
    </message>
    <message>
        <source>Saved %1 (grouping kept in %2)</source>
        <translation>%1 salvo (agrupamento guardado em %2)</translation>
    </message>
    <message>
        <source>Cannot open the roll-up file</source>
        <translation>Não é possível abrir o arquivo de consolidado</translation>
    </message>
    <message>
        <source>Cannot save the grouping</source>
        <translation>Não é possível salvar o agrupamento</translation>
    </message>
    <message>
        <source>Cannot export the roll-up</source>
        <translation>Não é possível exportar o consolidado</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} salvo</translation>
    </message>
    <message>
        <source>Saved {0} in {1}: this computer has no program that opens PDF files.</source>
        <translation>{0} salvo em {1}: este computador não tem nenhum programa que abra arquivos PDF.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;Export open actions (PDF)…</source>
        <translation>&amp;Exportar ações abertas (PDF)…</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessões por mês</translation>
    </message>
    <message>
        <source>Contributions per session</source>
        <translation>Contribuições por sessão</translation>
    </message>
    <message>
        <source>Actions per session: done and open</source>
        <translation>Ações por sessão: feitas e abertas</translation>
    </message>
    <message>
        <source>Obstacles per session: removed and in the way</source>
        <translation>Obstáculos por sessão: removidos e no caminho</translation>
    </message>
    <message>
        <source>Export open actions</source>
        <translation>Exportar ações abertas</translation>
    </message>
    <message>
        <source>No sessions in this book yet.</source>
        <translation>Ainda não há sessões neste caderno.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessões</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuições</translation>
    </message>
    <message>
        <source>{due}
{n} days late</source>
        <translation>{due}
{n} dias de atraso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>%1  (other wordings: %2)</source>
        <translation>%1  (outras redações: %2)</translation>
    </message>
    <message>
        <source>Teams rolled up: %1</source>
        <translation>Equipes consolidadas: %1</translation>
    </message>
    <message>
        <source>Files skipped (%1): %2</source>
        <translation>Arquivos ignorados (%1): %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>no caminho</translation>
    </message>
    <message>
        <source>Could not export the open actions: {0}</source>
        <translation>Não foi possível exportar as ações abertas: {0}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Esco&amp;lher arquivo…</translation>
    </message>
    <message>
        <source>Routine delight (counts double in recognition)</source>
        <translation>Encantamento do dia a dia (conta em dobro no reconhecimento)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Mark the stories as:</source>
        <translation>Marcar as histórias como:</translation>
    </message>
    <message>
        <source>Recovery &amp;used:</source>
        <translation>Recuperação &amp;usada:</translation>
    </message>
    <message>
        <source>(none, or as the playbook column says)</source>
        <translation>(nenhuma, ou conforme a coluna do guia)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palavras</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>funcionário</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>guia</translation>
    </message>
    <message>
        <source>Positive feedback becomes hero stories: choose which column holds the customer&apos;s words and, if the file has them, the date, the customer and the employees to credit (several names separated by ; or ,).</source>
        <translation>Avaliações positivas viram histórias de heróis: escolha qual coluna contém as palavras do cliente e, se o arquivo tiver, a data, o cliente e os funcionários a reconhecer (vários nomes separados por ; ou ,).</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from your survey tool.</source>
        <translation>Escolha um arquivo CSV exportado da sua ferramenta de pesquisa.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>Escolha a coluna que contém as palavras do cliente.</translation>
    </message>
    <message>
        <source>{0} hero stories will be added to this session.</source>
        <translation>{0} histórias de heróis serão adicionadas a esta sessão.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(escolha uma coluna)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>&amp;Import {0} stories</source>
        <translation>&amp;Importar {0} histórias</translation>
    </message>
    <message>
        <source>{0} empty rows are skipped.</source>
        <translation>{0} linhas vazias são ignoradas.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>Este arquivo não pode ser lido: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nada foi importado: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions: a clean slate.</source>
        <translation>Nada aberto de sessões anteriores: página em branco.</translation>
    </message>
    <message>
        <source>Done  (D)</source>
        <translation>Feito  (D)</translation>
    </message>
    <message>
        <source>In progress, new date…  (P)</source>
        <translation>Em andamento, nova data…  (P)</translation>
    </message>
    <message>
        <source>Dropped, with a reason…  (X)</source>
        <translation>Descartado, com um motivo…  (X)</translation>
    </message>
    <message>
        <source>Done since last time</source>
        <translation>Feito desde a última vez</translation>
    </message>
    <message>
        <source>Nothing closed since the last session yet. Mark one done with D.</source>
        <translation>Nada foi fechado desde a última sessão ainda. Marque uma como feita com D.</translation>
    </message>
    <message>
        <source>Follow-up: what did we promise last time?</source>
        <translation>Acompanhamento: o que prometemos da última vez?</translation>
    </message>
    <message>
        <source>Celebrate these first.</source>
        <translation>Comemore estas primeiro.</translation>
    </message>
    <message>
        <source>Keys: D done · P in progress with a new date · X dropped with a reason · ↑↓ next action</source>
        <translation>Teclas: D feito · P em andamento com nova data · X descartado com motivo · ↑↓ próxima ação</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>{0} open from earlier sessions</source>
        <translation>{0} abertas de sessões anteriores</translation>
    </message>
    <message>
        <source>Done since last time: {0}</source>
        <translation>Feito desde a última vez: {0}</translation>
    </message>
    <message>
        <source> (dropped: {0})</source>
        <translation> (descartada: {0})</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} atrasadas</translation>
    </message>
    <message>
        <source>{0} closed just now</source>
        <translation>{0} fechadas agora há pouco</translation>
    </message>
    <message>
        <source>First step: {0}</source>
        <translation>Primeiro passo: {0}</translation>
    </message>
    <message>
        <source>Help needed: {0}</source>
        <translation>Ajuda necessária: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Obstacle board</source>
        <translation>Quadro de obstáculos</translation>
    </message>
    <message>
        <source>Every obstacle the team has flagged, until someone removes it.</source>
        <translation>Cada obstáculo que a equipe apontou, até alguém removê-lo.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Still in the way (open or in progress)</source>
        <translation>Ainda no caminho (aberto ou em andamento)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Who can &amp;remove it:</source>
        <translation>Quem pode &amp;removê-lo:</translation>
    </message>
    <message>
        <source>F2 or double-click edits the way around and who can remove it · Ctrl+Z undoes</source>
        <translation>F2 ou clique duplo edita o contorno e quem pode removê-lo · Ctrl+Z desfaz</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nobody named yet</source>
        <translation>Ninguém indicado ainda</translation>
    </message>
    <message>
        <source>flagged {0}</source>
        <translation>apontado {0}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>não será corrigido</translation>
    </message>
    <message>
        <source>median days to removal</source>
        <translation>mediana de dias até a remoção</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>Mostrando {0} de {1}</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconhecimento</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Imprimir certificado…</translation>
    </message>
    <message>
        <source>A one-page certificate with this story, ready to frame</source>
        <translation>Um certificado de uma página com esta história, pronto para emoldurar</translation>
    </message>
    <message>
        <source>No hero stories credit anyone in this period.</source>
        <translation>Nenhuma história de herói reconhece alguém neste período.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Salvar certificado</translation>
    </message>
    <message>
        <source>Routine delight</source>
        <translation>Encantamento do dia a dia</translation>
    </message>
    <message>
        <source>Score: {routine} points for each routine-delight story, {recovery} for each recovery. Everyday delight counts more than a dramatic rescue: nobody should need a foul-up to shine.</source>
        <translation>Pontuação: {routine} pontos por história de encantamento do dia a dia, {recovery} por recuperação. O encantamento do dia a dia vale mais que um resgate dramático: ninguém deveria precisar de um erro para brilhar.</translation>
    </message>
    <message>
        <source>{name}: 1 story, score {score}</source>
        <translation>{name}: 1 história, pontuação {score}</translation>
    </message>
    <message>
        <source>{name}: {n} stories, score {score}</source>
        <translation>{name}: {n} histórias, pontuação {score}</translation>
    </message>
    <message>
        <source>Could not save the certificate: {0}</source>
        <translation>Não foi possível salvar o certificado: {0}</translation>
    </message>
    <message>
        <source>In progress: new date</source>
        <translation>Em andamento: nova data</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Novo prazo:</translation>
    </message>
    <message>
        <source>What is left to do (optional)</source>
        <translation>O que falta fazer (opcional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translation>Descartar ação</translation>
    </message>
    <message>
        <source>Why is it dropped? (needed)</source>
        <translation>Por que ela é descartada? (obrigatório)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Same as the app</source>
        <translation>Igual ao aplicativo</translation>
    </message>
    <message>
        <source>The language of the projector, the printed action plan and the phones page</source>
        <translation>O idioma do projetor, do plano de ação impresso e da página dos celulares</translation>
    </message>
    <message>
        <source>Session &amp;language</source>
        <translation>&amp;Idioma da sessão</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Sessões do caderno</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nova sessão…</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Nenhuma sessão ainda.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSettingsDialog</name>
    <message>
        <source>Session settings</source>
        <translation>Configurações da sessão</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Procurar um comando ou uma tecla…</translation>
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
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Não será corrigido</translation>
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
        <translation>Ir para %1 (Ctrl+PgDown / Ctrl+PgUp para percorrer)</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Palavras do cliente</translation>
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
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sessão</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Ideas / session</source>
        <translation>Ideias / sessão</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Ações abertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>In the way</source>
        <translation>No caminho</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 dias</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de dias</translation>
    </message>
    <message>
        <source>Hero stories</source>
        <translation>Histórias de heróis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation>Duração da rodada em minutos</translation>
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
        <translation>Iniciar ou pausar o cronômetro (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a minute (Ctrl+=)</source>
        <translation>Adicionar um minuto (Ctrl+=)</translation>
    </message>
    <message>
        <source>Back to the round length (Ctrl+R)</source>
        <translation>Voltar para a duração da rodada (Ctrl+R)</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Cronômetro da rodada</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Play a chime when time is up (View &gt; Sound When Time Is Up)</source>
        <translation>Tocar um sinal quando o tempo acabar (Exibir &gt; Som ao fim do tempo)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Timer running: %1</source>
        <translation>Cronômetro em andamento: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>O tempo acabou</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Cronômetro: %1</translation>
    </message>
</context>
<context>
    <name>UseModel</name>
    <message>
        <source>Used on</source>
        <translation>Usada em</translation>
    </message>
    <message>
        <source>Mishap</source>
        <translation>Contratempo</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Como foi</translation>
    </message>
    <message>
        <source>Note or story</source>
        <translation>Nota ou história</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Turn by turn at the laptop</source>
        <translation>Um de cada vez no notebook</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Mãos levantadas</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Nos celulares</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Pontos por pessoa</translation>
    </message>
    <message>
        <source>Most dots one person may give one item</source>
        <translation>Máximo de pontos de uma pessoa em um item</translation>
    </message>
    <message>
        <source>Secret until revealed</source>
        <translation>Secreto até revelar</translation>
    </message>
    <message>
        <source>Hide the counts on the projector while voting is open</source>
        <translation>Ocultar as contagens no projetor enquanto a votação está aberta</translation>
    </message>
    <message>
        <source>How many people vote (the session lists nobody)</source>
        <translation>Quantas pessoas votam (a sessão não lista ninguém)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>Abrir votação</translation>
    </message>
    <message>
        <source>Open voting (Ctrl+Shift+O)</source>
        <translation>Abrir votação (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Close voting and reveal</source>
        <translation>Encerrar votação e revelar</translation>
    </message>
    <message>
        <source>Close voting and reveal (Ctrl+Shift+R)</source>
        <translation>Encerrar votação e revelar (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Dots each</source>
        <translation>Pontos cada</translation>
    </message>
    <message>
        <source>Most per item</source>
        <translation>Máximo por item</translation>
    </message>
    <message>
        <source>Hands raised, then Enter</source>
        <translation>Mãos levantadas, depois Enter</translation>
    </message>
    <message>
        <source>Hands for the selected item</source>
        <translation>Mãos para o item selecionado</translation>
    </message>
    <message>
        <source>Previous items</source>
        <translation>Itens anteriores</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Mais itens</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Take back my last dot</source>
        <translation>Retirar meu último ponto</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Previous voter</source>
        <translation>Votante anterior</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Próximo votante</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter ou Tab</translation>
    </message>
    <message>
        <source>Choose a session to vote in.</source>
        <translation>Escolha uma sessão para votar.</translation>
    </message>
    <message>
        <source>Nothing to vote on yet: capture and reveal some ideas first.</source>
        <translation>Nada para votar ainda: registre e revele algumas ideias primeiro.</translation>
    </message>
    <message>
        <source>Voting is closed. The result is below and on the projector (Ctrl+Z reopens voting).</source>
        <translation>A votação está encerrada. O resultado está abaixo e no projetor (Ctrl+Z reabre a votação).</translation>
    </message>
    <message>
        <source>An item&apos;s number, or Up/Down and Space: give a dot · Backspace: take it back · Enter or Tab: next voter · PgUp/PgDn: more items</source>
        <translation>O número de um item, ou Cima/Baixo e Espaço: dar um ponto · Backspace: retirá-lo · Enter ou Tab: próximo votante · PgUp/PgDn: mais itens</translation>
    </message>
    <message>
        <source>Set the limits, then open voting.</source>
        <translation>Defina os limites, depois abra a votação.</translation>
    </message>
    <message>
        <source>Show of hands: select an item, type the count, press Enter.</source>
        <translation>Mãos levantadas: selecione um item, digite a contagem, pressione Enter.</translation>
    </message>
    <message>
        <source>Everyone has voted. Close voting to reveal the result.</source>
        <translation>Todos votaram. Encerre a votação para revelar o resultado.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: restam %2 de %3 pontos</translation>
    </message>
    <message>
        <source>Up/Down: choose an item · type the count · Enter: record it</source>
        <translation>Cima/Baixo: escolher um item · digite a contagem · Enter: registrar</translation>
    </message>
    <message>
        <source>Items %1-%2 of %3</source>
        <translation>Itens %1-%2 de %3</translation>
    </message>
</context>
<context>
    <name>VoteView</name>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Nada para votar ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) from %1 voters</source>
        <translation>
            <numerusform>%n ponto de %1 votantes</numerusform>
            <numerusform>%n pontos de %1 votantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The result</source>
        <translation>O resultado</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one item</source>
        <translation>%1 pontos cada, no máximo %2 em um item</translation>
    </message>
    <message>
        <source>Voting opens shortly</source>
        <translation>A votação abre em breve</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Mãos levantadas</translation>
    </message>
    <message>
        <source>Raise your hand for the item read out.</source>
        <translation>Levante a mão para o item lido em voz alta.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Vote pelo seu celular</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Todos votaram</translation>
    </message>
    <message>
        <source>The result follows when voting closes.</source>
        <translation>O resultado vem quando a votação for encerrada.</translation>
    </message>
    <message>
        <source>1-9: give a dot · Backspace: take it back · Enter: next person</source>
        <translation>1-9: dar um ponto · Backspace: retirá-lo · Enter: próxima pessoa</translation>
    </message>
    <message>
        <source>The counts stay secret until voting closes.</source>
        <translation>As contagens ficam em segredo até a votação ser encerrada.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Anonymous: keep no names with the cards</source>
        <translation>Anônima: não guardar nomes com os cartões</translation>
    </message>
    <message>
        <source>In turn, at the laptop</source>
        <translation>Um de cada vez, no notebook</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Mãos levantadas</translation>
    </message>
    <message>
        <source>On their phones</source>
        <translation>Nos celulares</translation>
    </message>
    <message>
        <source>Keep the votes secret until voting closes</source>
        <translation>Manter os votos em segredo até encerrar a votação</translation>
    </message>
    <message>
        <source>Silent mode: new cards stay off the projector</source>
        <translation>Modo silencioso: cartões novos ficam fora do projetor</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Pontos por pessoa</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Máximo de pontos em um item</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votação</translation>
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
        <translation>Parte do caderno não pôde ser lida: a lista de votação está vazia.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Não existe o item %1.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>A votação não está aberta.</translation>
    </message>
    <message>
        <source>No dots left: press Enter to pass to the next voter.</source>
        <translation>Sem pontos restantes: pressione Enter para passar ao próximo votante.</translation>
    </message>
    <message>
        <source>At most %1 dots on one item: choose another.</source>
        <translation>No máximo %1 pontos em um item: escolha outro.</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Nada para retirar.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>No ideas on the wall yet.</source>
        <translation>Ainda não há ideias no mural.</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Ainda sem grupo</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Read out to the room</source>
        <translation>Ler em voz alta para a sala</translation>
    </message>
    <message>
        <source>Hero stories from customer feedback</source>
        <translation>Histórias de heróis a partir de avaliações de clientes</translation>
    </message>
    <message>
        <source>Start with what went right. Recognise the routine delight of an ordinary day above the dramatic rescue: nobody should need a mishap to shine.</source>
        <translation>Comece pelo que deu certo. Reconheça o encantamento do dia a dia de um dia comum acima do resgate dramático: ninguém deveria precisar de um contratempo para brilhar.</translation>
    </message>
    <message>
        <source>Add a hero story</source>
        <translation>Adicionar uma história de herói</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words if you have them</source>
        <translation>O que aconteceu, nas palavras do cliente se você as tiver</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nomes, separados por vírgulas</translation>
    </message>
    <message>
        <source>Edit story and credits…</source>
        <translation>Editar história e reconhecimentos…</translation>
    </message>
    <message>
        <source>F2, or double-click a story</source>
        <translation>F2, ou clique duas vezes em uma história</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Adicionar história</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Type the story someone tells, Ctrl+S adds it.</source>
        <translation>Digite a história que alguém conta, Ctrl+S adiciona.</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;História</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Credit to</source>
        <translation>&amp;Reconhecer</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>No hero stories yet. Add the first one on the right.</source>
        <translation>Ainda não há histórias de heróis. Adicione a primeira à direita.</translation>
    </message>
    <message>
        <source>credit to %1</source>
        <translation>reconhecimento a %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>cliente: %1</translation>
    </message>
    <message>
        <source>Write the story first.</source>
        <translation>Escreva a história primeiro.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delight Workshop</source>
        <translation>Bem-vindo ao Delight Workshop</translation>
    </message>
    <message>
        <source>Everything your team says in a workshop is kept in a workshop book: one file per team, with all its sessions, ideas, votes and actions.</source>
        <translation>Tudo o que sua equipe diz em uma oficina fica guardado em um caderno de oficina: um arquivo por equipe, com todas as sessões, ideias, votos e ações.</translation>
    </message>
    <message>
        <source>New book elsewhere…</source>
        <translation>Novo caderno em outro lugar…</translation>
    </message>
    <message>
        <source>Open a book…</source>
        <translation>Abrir um caderno…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Cadernos recentes</translation>
    </message>
    <message>
        <source>Create “%1” in %2</source>
        <translation>Criar “%1” em %2</translation>
    </message>
</context>
<context>
    <name>WrapupPage</name>
    <message>
        <source>Action plan as PDF…</source>
        <translation>Plano de ação em PDF…</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>Imprimir o plano de ação…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Planilha (CSV)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Due dates to calendar…</source>
        <translation>Prazos para o calendário…</translation>
    </message>
    <message>
        <source>Dots cast</source>
        <translation>Pontos dados</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Hand out the plan</source>
        <translation>Distribua o plano</translation>
    </message>
    <message>
        <source>Next time, the session starts with the follow-up: which of these actions are done, and what got in the way.</source>
        <translation>Na próxima vez, a sessão começa pelo acompanhamento: quais destas ações foram feitas, e o que atrapalhou.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>O plano de ação</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>facilitada por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
</context>
</TS>
