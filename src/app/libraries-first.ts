// React, React DOM and the router (with the small modules other files share, which the bundler
// places before this one) are evaluated in a task of their own; the site's frame, the home
// screen, the route table and the start, which the bundler places after this one in the shell
// chunk, in the next, so that neither task is long on a slow phone. Imported first by start.tsx
// for that reason alone.
import 'react';
import 'react-dom/client';
import 'react-router';

await new Promise((resolve) => setTimeout(resolve, 0));
