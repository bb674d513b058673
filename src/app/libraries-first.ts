// React, React DOM and the router are evaluated in a task of their own; the app's own modules
// (which the bundler places after this one in the shell chunk) in the next, so that neither
// task is long on a slow phone. A module imported first by start.tsx for that reason alone.
import 'react';
import 'react-dom/client';
import 'react-router';

await new Promise((resolve) => setTimeout(resolve, 0));
